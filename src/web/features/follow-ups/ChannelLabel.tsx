import { Flex } from 'antd'
import type { FollowUpChannel } from '../../../core/follow-ups/channels'
import { useT } from '../../i18n/use-t'
import { CHANNEL_ICONS } from './channel-icons'

/** A follow-up's channel as its icon and name, kept on one line. */
export function ChannelLabel({ channel }: { channel: FollowUpChannel }) {
  const { t } = useT()
  return (
    <Flex component="span" gap={6} align="center" style={{ whiteSpace: 'nowrap' }}>
      {CHANNEL_ICONS[channel]}
      {t(`followUps.channel.${channel}`)}
    </Flex>
  )
}
