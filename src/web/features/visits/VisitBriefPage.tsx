import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons'
import { Button, Flex, Result, Spin } from 'antd'
import { Link, useParams } from 'react-router'
import { formatMoney } from '../../../core/money/format-money'
import type { VisitBrief } from '../../../contracts/visits'
import { useT } from '../../i18n/use-t'
import { useBrief } from './use-visits'

/**
 * A4, one page: small type, two columns, no app frame. On screen the same sheet sits on a grey desk
 * with a print button; printed, only the sheet is left.
 */
const PRINT_CSS = `
@page { size: A4; margin: 10mm; }
.brief-desk { background: #f0f2f5; min-height: 100vh; padding: 16px; }
.brief-sheet { background: #fff; width: 210mm; max-width: 100%; min-height: 297mm; margin: 0 auto; padding: 10mm;
  box-sizing: border-box; font-size: 10.5pt; line-height: 1.45; color: #1f1f1f; box-shadow: 0 2px 8px rgba(0,0,0,.12); }
.brief-sheet h1 { font-size: 16pt; margin: 0 0 2mm; }
.brief-sheet h2 { font-size: 11pt; margin: 4mm 0 1.5mm; padding-bottom: 1mm; border-bottom: 1px solid #d9d9d9; }
.brief-sheet ul { margin: 0; padding-inline-start: 5mm; }
.brief-sheet li { margin: 0 0 1mm; }
.brief-sheet .muted { color: #666; }
.brief-sheet .cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 8mm; }
.brief-sheet table { border-collapse: collapse; width: 100%; }
.brief-sheet td { padding: 0.5mm 2mm 0.5mm 0; vertical-align: top; }
.brief-sheet td.muted { white-space: nowrap; }
.brief-sheet .num { text-align: right; font-variant-numeric: tabular-nums; }
@media (max-width: 700px) { .brief-sheet .cols { grid-template-columns: 1fr; } .brief-sheet { min-height: 0; } }
@media print {
  .brief-desk { background: none; padding: 0; min-height: 0; }
  .brief-sheet { width: auto; min-height: 0; padding: 0; box-shadow: none; font-size: 9.5pt; }
  .brief-sheet .cols { grid-template-columns: 1fr 1fr; }
  .no-print { display: none !important; }
}
`

export function VisitBriefPage() {
  const { t } = useT()
  const { id = '' } = useParams()
  const brief = useBrief(id)
  return (
    <div className="brief-desk">
      <style>{PRINT_CSS}</style>
      <Flex justify="space-between" className="no-print" style={{ maxWidth: '210mm', margin: '0 auto 12px' }}>
        <Link to={`/visits/${id}`}>
          <ArrowLeftOutlined /> {t('visits.backToVisit')}
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('visits.print')}
        </Button>
      </Flex>
      {brief.isPending ? (
        <Flex justify="center" style={{ padding: 48 }}>
          <Spin />
        </Flex>
      ) : brief.isError ? (
        <Result status="warning" title={brief.error.message} />
      ) : (
        <BriefSheet brief={brief.data} />
      )}
    </div>
  )
}

function BriefSheet({ brief }: { brief: VisitBrief }) {
  const { t, lang } = useT()
  const { visit: v, customer: c } = brief
  const dash = '—'
  const weekdays = c.preferredWeekdays.map((d) => t(`weekday.${d}` as 'weekday.1')).join('、')
  const hours =
    c.preferredHoursFrom && c.preferredHoursTo ? `${c.preferredHoursFrom}–${c.preferredHoursTo}` : ''
  const openActions = v.carriedActions.filter((a) => !a.doneOn)
  const openIssues = v.carriedIssues.filter((i) => !i.resolvedOn)
  return (
    <article className="brief-sheet" data-testid="visit-brief">
      <h1>{t('visits.briefTitle', { customer: c.name })}</h1>
      <div className="muted">
        {v.startsOn} {v.startTime}–{v.endTime} · {v.place ?? dash} · {v.repName}
        {c.companyName ? ` · ${c.companyName}` : ''} · {t('label.tier')} {c.tier}
      </div>
      <div className="cols">
        <section>
          <h2>{t('visits.briefCustomer')}</h2>
          <table>
            <tbody>
              <tr>
                <td className="muted">{t('label.interests')}</td>
                <td>{c.interests.length ? c.interests.join('、') : dash}</td>
              </tr>
              <tr>
                <td className="muted">{t('label.preferredTime')}</td>
                <td>
                  {[c.preferredTime ? t(`preferredTime.${c.preferredTime}`) : '', weekdays, hours]
                    .filter(Boolean)
                    .join(' · ') || dash}
                </td>
              </tr>
              <tr>
                <td className="muted">{t('label.meetingStyle')}</td>
                <td>{c.meetingStyle ? t(`meetingStyle.${c.meetingStyle}`) : dash}</td>
              </tr>
              <tr>
                <td className="muted">{t('label.phone')}</td>
                <td>{c.phone ?? dash}</td>
              </tr>
              <tr>
                <td className="muted">{t('label.address')}</td>
                <td>{c.address ?? dash}</td>
              </tr>
              <tr>
                <td className="muted">{t('label.contactIds')}</td>
                <td>
                  {v.contacts.length
                    ? v.contacts
                        .map(
                          (k) => `${k.name}${k.title ? `（${k.title}）` : ''}${k.phone ? ` ${k.phone}` : ''}`,
                        )
                        .join('；')
                    : dash}
                </td>
              </tr>
            </tbody>
          </table>
          {c.notes ? <p className="muted">{c.notes}</p> : null}
          {/* Null for a reader who reads no money (the auditor): no receivable section. */}
          {brief.receivable ? (
            <>
              <h2>{t('visits.briefReceivable')}</h2>
              <table>
                <tbody>
                  <tr>
                    <td>{t('visits.ordered')}</td>
                    <td className="num">{formatMoney(brief.receivable.ordered, lang)}</td>
                  </tr>
                  <tr>
                    <td>{t('visits.collected')}</td>
                    <td className="num">{formatMoney(brief.receivable.collected, lang)}</td>
                  </tr>
                  <tr>
                    <td>
                      <strong>{t('visits.receivable')}</strong>
                    </td>
                    <td className="num">
                      <strong>{formatMoney(brief.receivable.receivable, lang)}</strong>
                    </td>
                  </tr>
                </tbody>
              </table>
            </>
          ) : null}
          <h2>{t('visits.briefFollowUps')}</h2>
          {brief.lastFollowUps.length ? (
            <ul>
              {brief.lastFollowUps.map((f) => (
                <li key={f.id}>
                  <span className="muted">
                    {f.happenedOn} {t(`followUps.channel.${f.channel}`)}
                  </span>{' '}
                  {f.summary.split('\n')[0]}
                  {f.outcome ? ` → ${f.outcome}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{dash}</span>
          )}
          <h2>{t('visits.briefOpen')}</h2>
          {openActions.length || openIssues.length ? (
            <ul>
              {openIssues.map((i) => (
                <li key={i.id}>
                  {i.text} <span className="muted">{t('visits.raisedOn', { date: i.raisedOn })}</span>
                </li>
              ))}
              {openActions.map((a) => (
                <li key={a.id}>
                  {a.text} <span className="muted">{t('visits.dueOn', { date: a.dueOn })}</span>
                  {a.overdue ? ` · ${t('visits.overdue')}` : ''}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{t('visits.nothingCarried')}</span>
          )}
        </section>
        <section>
          <h2>{t('label.whyThisTime')}</h2>
          <div>{v.whyThisTime ?? dash}</div>
          <h2>{t('label.objectives')}</h2>
          <ul>
            {v.objectives.map((o) => (
              <li key={o.id}>
                <span className="muted">[{t(`objectiveKind.${o.kind}`)}]</span> {o.text}
              </li>
            ))}
          </ul>
          <h2>{t('visits.fabTitle')}</h2>
          {v.fabItems.length ? (
            <ul>
              {v.fabItems.map((f) => (
                <li key={f.id}>
                  {[f.feature, f.advantage].filter(Boolean).join(' → ')}
                  {f.feature || f.advantage ? ' → ' : ''}
                  <strong>{f.benefit}</strong>
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{dash}</span>
          )}
          <h2>{t('label.objections')}</h2>
          {v.objections.length ? (
            <ul>
              {v.objections.map((o) => (
                <li key={o.id}>
                  <strong>{o.objection}</strong> → {o.response}
                </li>
              ))}
            </ul>
          ) : (
            <span className="muted">{dash}</span>
          )}
          <h2>{t('label.materials')}</h2>
          <div>{v.materials.length ? v.materials.join('、') : dash}</div>
        </section>
      </div>
    </article>
  )
}
