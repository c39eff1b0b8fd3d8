// CLI: SARIF 2.1.0 for code-scanning views — one result per problem, one rule per rule id found.

import type { Lang } from '../../messages/catalogue.js';
import { describeProblem, messageEntry } from '../../messages/index.js';
import type { Severity } from '../../model/problem.js';
import { VERSION } from '../version.js';
import { RULE_SUMMARIES } from './rule-summaries.js';
import type { ReportFormatter } from './types.js';

interface RuleSeen {
  level: Severity;
  /** The rule's advice when it names nothing of a particular problem (no "did you mean"). */
  advice: string;
}

export const formatSarif: ReportFormatter = (report) => {
  const seen = new Map<string, RuleSeen>();
  const texts = report.problems.map((found) => {
    const text = describeProblem(found, report.lang);
    const rule = seen.get(found.rule) ?? { level: found.severity, advice: generalAdvice(found.rule, report.lang) };
    if (rule.advice !== text.advice) rule.advice = '';
    seen.set(found.rule, rule);
    return text;
  });
  const ids = [...seen.keys()].sort();
  const ruleIndex = new Map(ids.map((id, i) => [id, i]));
  const rules = ids.map((id) => {
    const rule = seen.get(id)!;
    const summary = RULE_SUMMARIES[id] ?? id;
    return {
      id,
      name: id,
      shortDescription: { text: summary },
      help: { text: rule.advice === '' ? summary : `${summary}. ${rule.advice}` },
      defaultConfiguration: { level: rule.level },
    };
  });
  const results = report.problems.map((found, i) => {
    const text = texts[i]!;
    return {
      ruleId: found.rule,
      ruleIndex: ruleIndex.get(found.rule)!,
      level: found.severity,
      message: { text: text.advice === '' ? text.message : `${text.message}. ${text.advice}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: toUri(report.displayPath(found.file)), uriBaseId: '%SRCROOT%' },
            region: { startLine: found.line ?? 1, startColumn: found.column ?? 1 },
          },
        },
      ],
    };
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'mentor', version: VERSION, rules } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

/**
 * The advice a rule gives when it names nothing of a particular problem (no "did you mean", no
 * allowed values); '' when it depends on the problem. Kept as the rule's help only when every
 * problem of the run gave exactly this advice.
 */
function generalAdvice(rule: string, lang: Lang): string {
  const entry = messageEntry(lang, rule);
  if (entry === undefined) return '';
  const advice = entry.advice({});
  return advice.includes('undefined') ? '' : advice;
}

/** A relative path as a URI reference: each segment percent-encoded, the slashes kept. */
function toUri(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
