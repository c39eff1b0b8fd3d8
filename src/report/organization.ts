// Report stage: the report's header — the kindergarten and its programme, from mentor.yaml.

import type { Workspace } from '../model/workspace.js';
import { personRef } from './people.js';
import type { Report } from './types.js';

/** Without mentor.yaml (the validator reports that) the header is empty rather than missing. */
export function describeOrganization(ws: Workspace): Pick<Report, 'organization' | 'programme'> {
  const config = ws.config?.value;
  if (config === undefined) {
    return {
      organization: { name: '', short_name: null, city: null, address: null, head: '', curator: null, executor: null },
      programme: { title: '', approved: null, accepted: null },
    };
  }
  const { organization: o, programme: p } = config;
  return {
    organization: {
      name: o.name,
      short_name: o.short_name ?? null,
      city: o.city ?? null,
      address: o.address ?? null,
      head: o.head,
      curator: personRef(ws, o.curator),
      // The исполнитель of reports: organization.executor, else the curator.
      executor: { ...personRef(ws, o.executor ?? o.curator), phone: o.phone ?? null },
    },
    programme: {
      title: p.title,
      approved: p.approved ? { order: p.approved.order, date: p.approved.date } : null,
      accepted: p.accepted ? { body: p.accepted.body, protocol: p.accepted.protocol, date: p.accepted.date } : null,
    },
  };
}
