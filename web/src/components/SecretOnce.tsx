// A secret the server answers once (a generated password, an API token): shown with a copy button and the
// warning that it cannot be shown again. Rendered as text.
import { Alert, Flex, Modal, Typography } from 'antd';
import { useI18n } from '../i18n/i18n.tsx';

interface Props {
  title: string;
  secret: string | null;
  onClose: () => void;
  testId: string;
}

export function SecretOnce({ title, secret, onClose, testId }: Props) {
  const { t } = useI18n();
  return (
    <Modal
      open={secret !== null}
      title={title}
      onCancel={onClose}
      onOk={onClose}
      cancelButtonProps={{ style: { display: 'none' } }}
      okText={t('secret.done')}
      maskClosable={false}
    >
      <Flex vertical gap={12}>
        <Alert type="warning" showIcon title={t('secret.once')} />
        <Typography.Paragraph
          copyable={{ text: secret ?? '' }}
          code
          data-testid={testId}
          style={{ fontSize: 16, wordBreak: 'break-all', margin: 0 }}
        >
          {secret ?? ''}
        </Typography.Paragraph>
      </Flex>
    </Modal>
  );
}
