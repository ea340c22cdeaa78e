import type { PortalRoleType } from '@pvis/config';

/** The demo accounts: printed by `npm start`, listed in the README, created on an empty database. */

export const DEMO_PASSWORD = 'Ciie@2025';
export const demoAccounts: {
  role: PortalRoleType;
  username: string;
  email: string;
  displayName: string;
}[] = [
  {
    role: 'liaison',
    username: '91310115MA1FL8K22H',
    email: 'liaison@demo.ciie.example',
    displayName: '王敏（单位联络员）',
  },
  {
    role: 'colleague',
    username: 'colleague@demo.ciie.example',
    email: 'colleague@demo.ciie.example',
    displayName: '李娜（单位同事）',
  },
  {
    role: 'delegation-reviewer',
    username: 'reviewer.shanghai',
    email: 'reviewer.shanghai@demo.ciie.example',
    displayName: '上海交易团审核员',
  },
  {
    role: 'finance',
    username: 'finance',
    email: 'finance@demo.ciie.example',
    displayName: '财务 周洁',
  },
  {
    role: 'operations',
    username: 'operations',
    email: 'operations@demo.ciie.example',
    displayName: '主办方 运营 陈浩',
  },
];

/** Strapi admin panel accounts: a super admin and a content editor (Strapi's Editor role). */
export const demoAdmins = [
  {
    role: 'super admin',
    email: 'admin@demo.ciie.example',
    password: 'Ciie@2025admin',
    firstname: '系统',
    lastname: '管理员',
    roleCode: 'strapi-super-admin',
  },
  {
    role: 'content editor',
    email: 'editor@demo.ciie.example',
    password: 'Ciie@2025editor',
    firstname: '内容',
    lastname: '编辑',
    roleCode: 'strapi-editor',
  },
];
