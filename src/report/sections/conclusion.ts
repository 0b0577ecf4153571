import type { Rule } from '../../rules/define-rule.js';
import { SEVERITY_RANK, type Finding } from '../../types.js';
import { sameInBrief, type SectionBody } from '../blocks.js';
import { code, text } from '../escape.js';
import { ICON, plural, type RuleGroup } from '../format.js';

/** How many next steps the conclusion names: the seed report's "three actions that fix the most". */
const STEPS = 3;
const OBJECTS_NAMED = 3;

/**
 * Conclusion: the next steps, one per rule, most severe first and, at one severity, the rule with the most findings
 * first: fixing one rule's findings is one kind of change, so these are the changes that clear the most. `groups`: the
 * open findings, sorted by sortFindings, grouped by groupByRule.
 */
export function conclusionSection(groups: RuleGroup<Finding>[], rules: readonly Rule[]): SectionBody {
  if (!groups.length) return sameInBrief('Nothing to do: no finding is open.');
  const ranked = [...groups].sort((a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.findings.length - a.findings.length);
  const steps = ranked.slice(0, STEPS).map((g, i) => {
    const description = rules.find((r) => r.id === g.rule)?.description ?? g.rule;
    const objects = [...new Set(g.findings.map((f) => f.object ?? f.file).filter((o): o is string => o !== undefined))];
    const named = objects.slice(0, OBJECTS_NAMED).map(code).join(', ') + (objects.length > OBJECTS_NAMED ? ` and ${objects.length - OBJECTS_NAMED} more` : '');
    return `${i + 1}. ${ICON[g.severity]} **${text(description)}** (${code(g.rule)}, ${plural(g.findings.length, g.severity)})${named ? `: ${named}` : ''}.`;
  });
  const rest = ranked.length - steps.length;
  return sameInBrief([
    `Next steps, the changes that clear the most, in order (each finding's fix is under Recommendations):`,
    steps.join('\n'),
    ...(rest > 0 ? [`Then ${plural(rest, 'other rule')} with findings.`] : []),
  ].join('\n\n'));
}

