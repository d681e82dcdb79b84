import { App, Button, Popconfirm } from 'antd'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { User } from '../../../contracts/users'
import { useT } from '../../i18n/use-t'
import { queryKeys } from '../../lib/query-keys'
import { updateUser } from './user-requests'

/** Disabling signs the user out everywhere at once; their customers stay with them until reassigned. */
export function UserStatusButton({ user }: { user: User }) {
  const { t } = useT()
  const { message } = App.useApp()
  const queryClient = useQueryClient()
  const toggle = useMutation({
    mutationFn: () => updateUser(user.id, user.version, { disabled: !user.disabled }),
    onSuccess: (saved) => {
      void message.success(
        t(saved.disabled ? 'users.disabledDone' : 'users.enabledDone', { name: saved.name }),
      )
    },
    onError: (error) => void message.error(error.message),
    onSettled: () => void queryClient.invalidateQueries({ queryKey: queryKeys.users }),
  })
  if (user.disabled)
    return (
      <Button size="small" onClick={() => toggle.mutate()} loading={toggle.isPending}>
        {t('users.enable')}
      </Button>
    )
  return (
    <Popconfirm
      title={t('users.disableConfirmTitle', { name: user.name })}
      description={t('users.disableConfirmText')}
      okText={t('users.disable')}
      okButtonProps={{ danger: true }}
      cancelText={t('common.cancel')}
      onConfirm={() => toggle.mutateAsync().catch(() => undefined)}
    >
      <Button size="small" danger loading={toggle.isPending}>
        {t('users.disable')}
      </Button>
    </Popconfirm>
  )
}
