import { Flex, Typography } from 'antd'

type Props = { size?: number; inverted?: boolean }

export function Brand({ size = 28, inverted = false }: Props) {
  return (
    <Flex align="center" gap={10}>
      <img src="/favicon.svg" alt="" width={size} height={size} />
      <Typography.Text
        strong
        style={{ fontSize: size * 0.64, letterSpacing: 0.3, color: inverted ? '#fff' : undefined }}
      >
        Abacus
      </Typography.Text>
    </Flex>
  )
}
