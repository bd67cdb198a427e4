/** The session on the wire (login and GET /api/session). */
import type { SessionUser } from '../auth/sessions';

/** The session user and the CSRF token every non-GET request carries. */
export function presentSession(u: SessionUser) {
  return {
    user: { id: u.id, username: u.username, name: u.name, role: u.role, orgId: u.orgId, orgName: u.orgName, orgKind: u.orgKind },
    csrfToken: u.csrfToken,
    /** True after the first-run or a reset password: only POST /api/password (and logout) work until it is changed. */
    mustChangePassword: u.mustChangePassword,
  };
}
