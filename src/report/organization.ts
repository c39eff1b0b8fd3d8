// Report stage: the report's header — the kindergarten and its programme, from mentor.yaml.

import type { Workspace } from '../model/workspace.js';
import { personRef } from './people.js';
import type { Report } from './types.js';

/** Without mentor.yaml (the validator reports that) the header is empty rather than missing. */
export function describeOrganization(ws: Workspace): Pick<Report, 'organization' | 'programme'> {
  const config = ws.config?.value;
  if (config === undefined) {
    return { organization: { name: '', short_name: null, city: null, head: '', curator: null }, programme: { title: '' } };
  }
  const { organization: o } = config;
  return {
    organization: {
      name: o.name,
      short_name: o.short_name ?? null,
      city: o.city ?? null,
      head: o.head,
      curator: personRef(ws, o.curator),
    },
    programme: { title: config.programme.title },
  };
}
