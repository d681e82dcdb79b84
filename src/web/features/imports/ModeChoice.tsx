import { Radio, Space, Typography } from 'antd'
import { useT } from '../../i18n/use-t'
import type { ImportMode } from './import-requests'

type Props = { value: ImportMode; onChange: (mode: ImportMode) => void; disabled?: boolean }

/** What happens to a file with bad rows: nothing is written, or the good rows are. */
export function ModeChoice({ value, onChange, disabled }: Props) {
  const { t } = useT()
  return (
    <div>
      <Typography.Text strong>{t('imports.mode')}</Typography.Text>
      <Radio.Group
        value={value}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value as ImportMode)}
        style={{ display: 'block', marginTop: 8 }}
      >
        <Space direction="vertical">
          <Radio value="all-or-nothing">
            {t('imports.modeAllOrNothing')}
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('imports.modeAllOrNothingHint')}
            </Typography.Text>
          </Radio>
          <Radio value="skip-invalid">
            {t('imports.modeSkipInvalid')}
            <Typography.Text type="secondary" style={{ display: 'block' }}>
              {t('imports.modeSkipInvalidHint')}
            </Typography.Text>
          </Radio>
        </Space>
      </Radio.Group>
    </div>
  )
}
