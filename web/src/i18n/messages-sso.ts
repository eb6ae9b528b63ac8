// UI strings of single sign-on on the login page (docs/deploy.md "Single sign-on"): the button and why a sign-in
// through the enterprise directory was refused (the server's ?sso_error= reason), merged into messages.ts.
export const ssoZhCN = {
  'sso.button': '企业账号登录',
  'sso.or': '或使用本地账号',
  'sso.localAdminsOnly': '本地账号仅限管理员使用，其他人员请使用企业账号登录',
  'sso.localRefused': '本地账号登录已关闭，请使用企业账号登录',
  'sso.error.unavailable': '暂时无法连接企业身份认证服务，请稍后再试或联系管理员',
  'sso.error.state': '登录请求已失效（超时或在其他窗口中打开），请重新点击企业账号登录',
  'sso.error.provider': '企业身份认证服务拒绝了本次登录',
  'sso.error.invalid_token': '企业身份认证返回的凭证未通过校验，请联系管理员检查单点登录配置',
  'sso.error.no_username': '企业账号缺少用户名信息，请联系管理员',
  'sso.error.no_role': '您的企业账号未分配质检系统角色，请联系管理员在企业通讯录中开通',
  'sso.error.no_agent_id': '您的企业账号对应坐席角色，但缺少坐席工号，请联系管理员',
  'sso.error.not_provisioned': '您还没有质检系统账号，请联系管理员开通',
  'sso.error.disabled': '您的质检系统账号已停用，请联系管理员',
  'sso.error.last_admin': '这是系统中最后一个管理员账号，企业通讯录中的角色变更未生效，请联系管理员',
  'sso.error.unknown_scope': '您的企业账号所属班组、外包商或坐席工号在质检系统中不存在，请联系管理员',
  'sso.error.other': '企业账号登录失败，请联系管理员',
} as const;

export type SsoKey = keyof typeof ssoZhCN;

export const ssoEnUS: Record<SsoKey, string> = {
  'sso.button': 'Sign in with SSO',
  'sso.or': 'or with a local account',
  'sso.localAdminsOnly': 'Local accounts are for admins only; everyone else signs in with SSO',
  'sso.localRefused': 'Local login is off for this account; sign in with SSO',
  'sso.error.unavailable':
    'The enterprise sign-in service cannot be reached; try again later or contact an admin',
  'sso.error.state': 'This sign-in expired or was started in another window; click Sign in with SSO again',
  'sso.error.provider': 'The enterprise sign-in service refused this sign-in',
  'sso.error.invalid_token':
    'The credentials from the enterprise sign-in service failed validation; ask an admin to check the SSO settings',
  'sso.error.no_username': 'Your enterprise account carries no username; contact an admin',
  'sso.error.no_role':
    'Your enterprise account has no zhijian role; ask an admin to grant one in the directory',
  'sso.error.no_agent_id':
    'Your enterprise account maps to an agent but carries no agent code; contact an admin',
  'sso.error.not_provisioned': 'You have no zhijian account yet; ask an admin to create one',
  'sso.error.disabled': 'Your zhijian account is disabled; contact an admin',
  'sso.error.last_admin':
    'This is the last admin account, so the directory’s role change was not applied; contact an admin',
  'sso.error.unknown_scope':
    'Your team, vendor or agent code from the directory does not exist in zhijian; contact an admin',
  'sso.error.other': 'Signing in with SSO failed; contact an admin',
};
