import type { FormItemRule } from 'element-plus';
import { i18n } from '../i18n';

/**
 * A new password's rules, checked on the field before any request: given, at least 10 characters
 * (the server's minimum), and typed the same way twice. `password` reads the first field's value.
 */
export function newPasswordRules(password: () => string): { password: FormItemRule[]; repeat: FormItemRule[] } {
  const { t } = i18n.global;
  return {
    password: [
      { required: true, message: () => t('account.password.required'), trigger: 'blur' },
      { min: 10, message: () => t('account.password.tooShort'), trigger: 'blur' },
    ],
    repeat: [
      {
        validator: (_rule, value, callback) =>
          value === password() ? callback() : callback(new Error(t('account.password.mismatch'))),
        trigger: 'blur',
      },
    ],
  };
}
