/** Texts of the contact-data page (web/src/admin/ContactDataPage.vue). */
export const privacy = {
  en: {
    privacy: {
      title: 'Contact data',
      lead: 'When a person asks what is held about them, or asks to be forgotten: find them by e-mail address or phone number. Answers and results stay; both requests are recorded in the audit log.',
      kind: 'The person’s',
      EMAIL: 'E-mail address',
      PHONE: 'Phone number',
      contact: 'E-mail address or phone number',
      export: 'Export their data',
      erase: 'Erase their data',
      found:
        'Found {invitations} invitation(s), {responses} response(s), {cases} case(s) and {keyClients} key client(s).',
      download: 'Download the file to hand over (contact-data.json)',
      confirmTitle: 'Erase this person’s data?',
      confirm:
        'Everything that names {contact} is erased: the distribution contact, case contacts and key clients. This cannot be undone.',
      cancel: 'Cancel',
      eraseNow: 'Erase for good',
      badContact: {
        EMAIL: 'This is not an e-mail address: check it, or choose “Phone number”.',
        PHONE: 'This is not a phone number: write it with its country code (+380…), or choose “E-mail address”.',
      },
      erased: 'Erased: {contacts} distribution contact(s), {cases} case contact(s), {keyClients} key client(s).',
    },
  },
  'zh-CN': {
    privacy: {
      title: '联系人数据',
      lead: '当某人询问我们保存了他的哪些数据，或要求被遗忘时：按电子邮件地址或电话号码查找。答卷和结果保留；两种请求都记入审计日志。',
      kind: '此人的',
      EMAIL: '电子邮件地址',
      PHONE: '电话号码',
      contact: '电子邮件地址或电话号码',
      export: '导出其数据',
      erase: '删除其数据',
      found: '找到 {invitations} 条邀请、{responses} 份答卷、{cases} 个案件和 {keyClients} 个重点客户。',
      download: '下载要交给此人的文件（contact-data.json）',
      confirmTitle: '删除此人的数据？',
      confirm: '所有提到 {contact} 的内容都将被删除：分发联系人、案件联系人和重点客户。此操作无法撤销。',
      cancel: '取消',
      eraseNow: '永久删除',
      badContact: {
        EMAIL: '这不是电子邮件地址：请检查，或选择“电话号码”。',
        PHONE: '这不是电话号码：请带国家代码填写（+86…），或选择“电子邮件地址”。',
      },
      erased: '已删除：{contacts} 个分发联系人、{cases} 个案件联系人、{keyClients} 个重点客户。',
    },
  },
  uk: {
    privacy: {
      title: 'Дані контакту',
      lead: 'Коли людина питає, що про неї зберігається, або просить її забути: знайдіть її за адресою e-mail чи номером телефону. Відповіді й результати лишаються; обидва запити записуються в журнал аудиту.',
      kind: 'У людини',
      EMAIL: 'Адреса e-mail',
      PHONE: 'Номер телефону',
      contact: 'Адреса e-mail або номер телефону',
      export: 'Експортувати її дані',
      erase: 'Стерти її дані',
      found:
        'Знайдено запрошень: {invitations}, відповідей: {responses}, звернень: {cases}, ключових клієнтів: {keyClients}.',
      download: 'Завантажити файл, щоб передати людині (contact-data.json)',
      confirmTitle: 'Стерти дані цієї людини?',
      confirm:
        'Усе, що називає {contact}, буде стерто: контакт розсилки, контакти звернень і ключових клієнтів. Це не можна скасувати.',
      cancel: 'Скасувати',
      eraseNow: 'Стерти назавжди',
      badContact: {
        EMAIL: 'Це не адреса e-mail: перевірте її або виберіть «Номер телефону».',
        PHONE: 'Це не номер телефону: напишіть його з кодом країни (+380…) або виберіть «Адреса e-mail».',
      },
      erased:
        'Стерто: контактів розсилки — {contacts}, контактів звернень — {cases}, ключових клієнтів — {keyClients}.',
    },
  },
};
