/** POST /v1/governance/policy/reload: the admin call that reloads the policy files, as SIGHUP does. */
import { Hono } from 'hono';
import { GatewayError } from '../../gateway/errors.js';
import type { AppContext } from '../context.js';
import { governed } from './common.js';

export function policyRoutes(ctx: AppContext): Hono {
  const app = new Hono();
  app.post('/policy/reload', governed(ctx, (c) => {
    const result = ctx.gateway.policy.reload();
    // A broken file is refused; the policy in force stays (requests in flight keep theirs either way).
    if (!result.ok) throw new GatewayError({ status: 422, type: 'invalid_request_error', code: 'policy_invalid', message: result.error });
    return c.json({ object: 'policy', version: result.version, changed: result.changed });
  }));
  return app;
}
