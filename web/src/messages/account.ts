/** Texts of the account pages (web/src/account): profile, password change, accepting an invitation. */
export const account = {
  en: {
    account: {
      title: 'My account',
      name: 'Name',
      email: 'E-mail',
      organization: 'Organisation',
      password: {
        title: 'Change password',
        current: 'Current password',
        new: 'New password',
        repeat: 'New password again',
        save: 'Change password',
        changed: 'Your password was changed. Your other sessions were signed out.',
        required: 'Enter a password.',
        tooShort: 'A password needs at least 10 characters.',
        mismatch: 'The two passwords differ.',
      },
      invitation: {
        title: 'Set your password',
        intro: 'You are invited to {organization} as {email}. Choose a password to sign in.',
        accept: 'Set password and sign in',
        reason: {
          USED: 'This invitation link was already used. Sign in with the password you set.',
          REVOKED: 'This invitation was withdrawn or replaced by a newer one. Use the latest e-mail.',
          EXPIRED: 'This invitation link has expired. Ask your administrator to invite you again.',
          INVALID: 'This invitation link is not valid. Check that the whole link was opened.',
        },
      },
    },
  },
  'zh-CN': {
    account: {
      title: '我的账户',
      name: '姓名',
      email: '电子邮箱',
      organization: '机构',
      password: {
        title: '修改密码',
        current: '当前密码',
        new: '新密码',
        repeat: '再次输入新密码',
        save: '修改密码',
        changed: '密码已修改，您在其他设备上的登录已退出。',
        required: '请输入密码。',
        tooShort: '密码至少需要 10 个字符。',
        mismatch: '两次输入的密码不一致。',
      },
      invitation: {
        title: '设置密码',
        intro: '您受邀以 {email} 加入{organization}。请设置密码后登录。',
        accept: '设置密码并登录',
        reason: {
          USED: '此邀请链接已被使用。请用您设置的密码登录。',
          REVOKED: '此邀请已被撤回或被新的邀请取代。请使用最新的邮件。',
          EXPIRED: '此邀请链接已过期。请联系管理员重新邀请。',
          INVALID: '此邀请链接无效。请确认打开的是完整链接。',
        },
      },
    },
  },
  uk: {
    account: {
      title: 'Мій обліковий запис',
      name: 'Імʼя',
      email: 'Електронна пошта',
      organization: 'Організація',
      password: {
        title: 'Змінити пароль',
        current: 'Поточний пароль',
        new: 'Новий пароль',
        repeat: 'Новий пароль ще раз',
        save: 'Змінити пароль',
        changed: 'Пароль змінено. Інші ваші сеанси завершено.',
        required: 'Введіть пароль.',
        tooShort: 'Пароль має містити щонайменше 10 символів.',
        mismatch: 'Паролі не збігаються.',
      },
      invitation: {
        title: 'Встановіть пароль',
        intro: 'Вас запрошено до {organization} як {email}. Оберіть пароль, щоб увійти.',
        accept: 'Встановити пароль і увійти',
        reason: {
          USED: 'Це посилання-запрошення вже використано. Увійдіть із паролем, який ви встановили.',
          REVOKED: 'Запрошення відкликано або замінено новішим. Скористайтеся останнім листом.',
          EXPIRED: 'Термін дії посилання-запрошення минув. Попросіть адміністратора запросити вас знову.',
          INVALID: 'Це посилання-запрошення недійсне. Перевірте, що відкрито посилання повністю.',
        },
      },
    },
  },
};
