// The sandbox session: the current sample user (name, permissions, time zone) and the users to switch to, written
// into index.html by the server (so custom permission imports can read it when the bundle loads).
let session = null;

export function currentSession() {
  if (session === null) {
    const element = document.getElementById('sbx-session');
    session = JSON.parse(element?.textContent ?? 'null') ?? { user: { id: '', permissions: [] }, users: [] };
  }
  return session;
}

export function currentUser() {
  return currentSession().user;
}

export function hasCustomPermission(name) {
  return currentUser().permissions.includes(name);
}
