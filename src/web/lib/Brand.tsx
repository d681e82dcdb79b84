import { Flex, Typography } from 'antd'

type Props = { size?: number; compact?: boolean }

export function Brand({ size = 28, compact = false }: Props) {
  return (
    <Flex align="center" gap={10}>
      <img src="/favicon.svg" alt="Abacus" width={size} height={size} />
      {compact ? null : (
        <Typography.Text strong style={{ fontSize: size * 0.64, letterSpacing: 0.3 }}>
          Abacus
        </Typography.Text>
      )}
    </Flex>
  )
}
