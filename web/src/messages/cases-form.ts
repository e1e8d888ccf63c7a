/** Texts of the public complaint form's link on the case settings page (web/src/cases/CaseFormLinkPanel.vue). */
export const casesForm = {
  en: {
    caseFormLink: {
      title: 'Public complaint form',
      lead: 'Clients send complaints about a unit through its form, without signing in, in their own language. Print the QR code for the counter or put the link on your website.',
      unit: 'Unit',
      show: 'Show the form link',
      link: 'Form link of {unit}',
      copy: 'Copy',
      copied: 'Link copied.',
      qr: 'QR code of the form link of {unit}',
      png: 'Download PNG',
      svg: 'Download SVG',
    },
  },
  'zh-CN': {
    caseFormLink: {
      title: '公开投诉表单',
      lead: '客户无需登录即可通过单位的表单以自己的语言提交投诉。可将二维码打印后放在柜台，或把链接放到您的网站上。',
      unit: '单位',
      show: '显示表单链接',
      link: '{unit}的表单链接',
      copy: '复制',
      copied: '链接已复制。',
      qr: '{unit}表单链接的二维码',
      png: '下载 PNG',
      svg: '下载 SVG',
    },
  },
  uk: {
    caseFormLink: {
      title: 'Публічна форма скарг',
      lead: 'Клієнти надсилають скарги на підрозділ через його форму без входу, своєю мовою. Надрукуйте QR-код для стійки обслуговування або розмістіть посилання на вашому сайті.',
      unit: 'Підрозділ',
      show: 'Показати посилання на форму',
      link: 'Посилання на форму: {unit}',
      copy: 'Копіювати',
      copied: 'Посилання скопійовано.',
      qr: 'QR-код посилання на форму: {unit}',
      png: 'Завантажити PNG',
      svg: 'Завантажити SVG',
    },
  },
};
