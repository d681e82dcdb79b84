import {
  CoffeeOutlined,
  EllipsisOutlined,
  EnvironmentOutlined,
  MailOutlined,
  MessageOutlined,
  PhoneOutlined,
  TeamOutlined,
} from '@ant-design/icons'
import type { ReactNode } from 'react'
import type { FollowUpChannel } from '../../../core/follow-ups/channels'

/** One icon per channel, the same in the quick-log control, the list and the timeline. */
export const CHANNEL_ICONS: Record<FollowUpChannel, ReactNode> = {
  visit: <EnvironmentOutlined />,
  phone: <PhoneOutlined />,
  message: <MessageOutlined />,
  email: <MailOutlined />,
  meeting: <TeamOutlined />,
  meal: <CoffeeOutlined />,
  other: <EllipsisOutlined />,
}
