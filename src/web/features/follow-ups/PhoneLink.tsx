import { PhoneOutlined } from '@ant-design/icons'

/** A phone number a rep can tap to call: `tel:` keeps only digits and a leading +. */
export function PhoneLink({ phone }: { phone: string }) {
  return (
    <a href={`tel:${phone.replace(/[^\d+]/g, '')}`} style={{ whiteSpace: 'nowrap' }}>
      <PhoneOutlined /> {phone}
    </a>
  )
}
