import { judge, type Judgement } from '../config.js';
import type { TreeAudit } from '../projects.js';
import type { FixesShown, Silencing } from '../pull-request.js';
import { RULES } from '../rules/index.js';
import type { Analysis, DiffResult, DiffedFinding, Finding } from '../types.js';
import { briefFirst, deferred, fixed, join, type Block, type SectionBody } from './blocks.js';
import { code } from './escape.js';
import { helperFunctions } from './facts.js';
import { groupByRule, plural, sortFindings } from './format.js';
import { codeSection } from './sections/code.js';
import { conclusionSection } from './sections/conclusion.js';
import { extensionsSection } from './sections/extensions.js';
import { indexesSection } from './sections/indexes.js';
import { migrationsSection } from './sections/migrations.js';
import { PullRequestBlock, type PrForm } from './sections/pull-request.js';
import { Recommendations, type Listed } from './sections/recommendations.js';
import { rlsSection } from './sections/rls.js';
import { schemaSection } from './sections/schema.js';
import { silencedBlock } from './sections/silenced.js';
import { summarySection } from './sections/summary.js';
import { validationSection } from './sections/validation.js';
import { headline, verdictOf, withCoverage, type Judged } from './verdict.js';

/** The pull request a report is about: the diff against its base. */
export interface PrContext {
  diff: DiffResult;
  base: string;
  head: string;
  /** What the pull request silences compared with its base, said first. */
  silencing?: Silencing;
  /** Whose fixes the pull request checked and shows (default every finding's). */
  fixes?: FixesShown;
}

/** What the report says. */
export interface ReportContent {
  /** Adds the "This pull request" block (new / resolved findings, changed migrations). */
  pr?: PrContext;
  /**
   * The decision the run made, which the headline and verdict state (the caller's exit code reads the same one);
   * default: fail-on error, existing findings not counted.
   */
  judgement?: Judgement<Judged>;
  /**
   * The projects of the tree `analysis` merges: when there are several (a monorepo), each has its own detail
   * sections, named by its folder, so one project's schema is never described with another's migrations.
   */
  tree?: Pick<TreeAudit, 'projects' | 'notes'>;
}

/** Where the report goes: how long it may be, and what it says about that. */
export interface ReportFit {
  /** Upper bound on the whole output, marker included (a PR comment: 65,536). */
  maxLength?: number;
  /** Where the unabridged report is, named when the report had to be shortened. */
  fullReportHint?: string;
  /** Hidden comment put on the first line, by which the sticky comment is found again. */
  marker?: string;
}

export type MarkdownOptions = ReportContent & ReportFit;

/** A project's sections, in order; after every project's come Recommendations (every finding), then each project's validation queries. */
const PROJECT_SECTIONS: SectionId[] = ['summary', 'schema', 'indexes', 'rls', 'migrations', 'extensions', 'code'];

type SectionId = 'summary' | 'schema' | 'indexes' | 'rls' | 'migrations' | 'extensions' | 'code' | 'validation';

/** Detail sections in the order they give way when the report is too long: least useful to a reviewer first. */
const DROP_ORDER: SectionId[] = ['validation', 'indexes', 'code', 'migrations', 'extensions', 'schema', 'rls'];

const SECTION_TITLE: Record<SectionId, string> = {
  summary: 'Executive summary', schema: 'Schema comparison', indexes: 'Index analysis', rls: 'Row level security',
  migrations: 'Migration health', extensions: 'Extensions', code: 'Code and edge functions', validation: 'Validation queries',
};

/** How much of the report is kept; the first level keeps everything. */
interface Detail {
  brief: Set<SectionId>;
  fixes: boolean;
  /** Entries listed under Recommendations (see Recommendations.entries). */
  listed: number;
  prForm: PrForm;
  /** New errors named in form 2 (the last thing ever cut). */
  errorsNamed: number;
}

/**
 * The Schema Health Report: every line is built from what the engine found in `analysis`, so the report never claims
 * a check it did not make. With `maxLength` it sheds detail section by section, then the existing findings, and keeps
 * every new error's rule and object to the last. Each level of detail is measured by adding the lengths of its
 * blocks; only the level chosen is rendered.
 */
export function renderMarkdown(analysis: Analysis, opts: MarkdownOptions = {}): string {
  return markdownReport(analysis, opts).render(opts);
}

/**
 * The report built once, to be rendered at several sizes: the action writes it whole to a file, fitted to the job
 * summary, and fitted to the pull request comment.
 */
export function markdownReport(analysis: Analysis, content: ReportContent): { render(fit: ReportFit): string; whole(): Block } {
  const report = new HealthReport(analysis, content);
  return { render: (fit) => report.fitted(fit), whole: () => report.whole() };
}

/** The report at the most detail that fits. */
function fitDetail(report: HealthReport, max: number | undefined): string {
  let detail = report.everything();
  if (max === undefined) return report.at(detail).text();
  const fits = (d: Detail) => report.at(d).upTo(max) <= max;
  if (fits(detail)) return report.at(detail).text();

  for (const id of DROP_ORDER) {
    detail = { ...detail, brief: new Set([...detail.brief, id]) };
    if (fits(detail)) return report.at(detail).text();
  }
  detail = { ...detail, fixes: false };
  for (const prForm of [0, 1, 2] as const) {
    detail = { ...detail, prForm };
    const listed = largest(report.entries, (n) => fits({ ...detail, listed: n }));
    if (listed !== undefined) return report.at({ ...detail, listed }).text();
    detail = { ...detail, listed: 0 };
  }
  const named = largest(report.newErrors, (n) => fits({ ...detail, errorsNamed: n }));
  const out = report.at({ ...detail, errorsNamed: named ?? 0 }).text();
  // Only a limit smaller than the report's fixed frame gets here; cutting beats posting nothing.
  return out.length <= max ? out : out.slice(0, max);
}

/** The largest n in [0, hi] with fits(n), assuming fits is monotone; undefined when not even 0 fits. */
function largest(hi: number, fits: (n: number) => boolean): number | undefined {
  if (!fits(0)) return undefined;
  let lo = 0;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The report's blocks, each built once; `at` assembles them for a level of detail. */
class HealthReport {
  /** Findings at head (new and existing in a PR), most severe first. */
  readonly current: Listed[];
  /** How many of the new findings are errors. */
  readonly newErrors: number;
  /** Entries under Recommendations, as the size fit counts them. */
  get entries(): number {
    return this.recommendations.entries;
  }
  /** Each project's sections with their headings, in full and in brief. */
  private readonly parts: Map<SectionId, SectionBody>[] = [];
  private readonly title: string;
  private readonly projectList: string | undefined;
  /** The next steps: short, so never shortened. */
  private readonly conclusion: string;
  private readonly silenced: string | undefined;
  private readonly recommendations: Recommendations;
  private readonly pullRequest: PullRequestBlock | undefined;

  /** The fit being rendered: what a shortened report says depends on where it goes. */
  private fit: ReportFit = {};

  constructor(a: Analysis, opts: ReportContent) {
    const pr = opts.pr;
    this.current = sortFindings(pr ? pr.diff.findings.filter((f) => f.status !== 'resolved') : a.findings);
    // The sort is stable, so the new findings of the sorted list are in the order sorting them alone gives.
    const newFindings = pr ? this.current.filter((f): f is DiffedFinding => f.status === 'new') : [];
    this.newErrors = newFindings.filter((f) => f.severity === 'error').length;
    this.pullRequest = pr && new PullRequestBlock(pr, newFindings);
    const judgement = opts.judgement ?? judge<Judged>(pr ? pr.diff.findings : a.findings, { failOn: 'error', failOnExisting: false });
    const several = opts.tree && opts.tree.projects.length > 1 ? opts.tree : undefined;
    const projects = several ? several.projects.map((p) => ({ root: p.project.root, a: p.analysis })) : [{ root: undefined, a }];
    const verdict = projects.reduce((v, p) => withCoverage(v, p.a, p.root), verdictOf(judgement, pr !== undefined));
    const groups = groupByRule(this.current);
    const existing = pr?.fixes === 'new' ? this.current.length - newFindings.length : 0;
    this.recommendations = new Recommendations(groups, () => this.leftOut('They are'), existing > 0
      ? `_${existing === 1 ? 'The existing finding is' : `The ${existing} existing findings are`} listed without their fixes: a pull request checks and shows the fixes of the findings it adds. A full audit (\`npx schema-guardian audit .\`) shows every finding's._`
      : undefined);
    for (const { root, a: project } of projects) {
      const current = root === undefined ? this.current : this.current.filter((f) => inProject(f, root));
      const open = root === undefined ? groups : groupByRule(current);
      const bodies: Partial<Record<SectionId, SectionBody>> = {
        // With several projects the headline alone states the verdict: a project's share of it would read as the whole.
        summary: summarySection(project, several ? undefined : verdict, current), schema: schemaSection(project, open), indexes: indexesSection(project),
        rls: rlsSection(project, helperFunctions(project)), migrations: migrationsSection(project.migrations), extensions: extensionsSection(project.catalog.extensions, project.catalog.extensionNeeds),
        // An analysis that did not read the code (one built by hand) has no such section rather than an empty one.
        ...(project.code && { code: codeSection(project.code, open) }),
        validation: validationSection(project),
      };
      const sections = new Map<SectionId, SectionBody>();
      for (const [id, body] of Object.entries(bodies) as [SectionId, SectionBody][]) {
        const heading = `## ${SECTION_TITLE[id]}${root === undefined ? '' : `: ${code(root)}`}\n\n`;
        sections.set(id, briefFirst(`${heading}${body.brief}`, () => `${heading}${body.full}`));
      }
      this.parts.push(sections);
    }
    this.title = `# Schema Health Report\n\n${headline(verdict)}`;
    this.conclusion = `## Conclusion\n\n${conclusionSection(groups, RULES).full}`;
    this.projectList = several && [
      `This repository holds ${plural(several.projects.length, 'project')}, each audited on its own: ${several.projects.map((p) => code(p.project.root)).join(', ')}.`,
      ...several.notes.map((n) => `> ${n}`),
    ].join('\n\n');
    this.silenced = pr?.silencing && silencedBlock(pr.silencing);
  }

  fitted(fit: ReportFit): string {
    this.fit = fit;
    return fitDetail(this, fit.maxLength);
  }

  /** The report with nothing left out, as a block: written in pieces, it never stands whole in memory. */
  whole(): Block {
    this.fit = {};
    return this.at(this.everything());
  }

  everything(): Detail {
    return { brief: new Set(), fixes: true, listed: this.entries, prForm: 0, errorsNamed: this.newErrors };
  }

  at(d: Detail): Block {
    const section = (sections: Map<SectionId, SectionBody>, id: SectionId) => {
      const body = sections.get(id);
      if (!body) return [];
      return [d.brief.has(id) ? fixed(`${body.brief}\n\n_${this.leftOut('Details')}_`) : deferred(() => body.full)];
    };
    const shortened = this.shortened(d);
    const body = join([
      ...(this.fit.marker ? [fixed(this.fit.marker)] : []),
      fixed(this.title),
      ...(this.silenced ? [fixed(this.silenced)] : []),
      ...(shortened ? [fixed(`> ${shortened}`)] : []),
      ...(this.projectList ? [fixed(this.projectList)] : []),
      ...(this.pullRequest ? [this.pullRequest.block(d.prForm, d.errorsNamed)] : []),
      ...this.parts.flatMap((sections) => PROJECT_SECTIONS.flatMap((id) => section(sections, id))),
      this.recommendations.block(d.fixes, d.listed),
      ...this.parts.flatMap((sections) => section(sections, 'validation')),
      fixed(this.conclusion),
    ], '\n\n');
    return join([body, fixed('\n')], '');
  }

  private leftOut(what: string): string {
    return `${what} left out to fit the size limit${this.fit.fullReportHint ? `; the full report is in ${this.fit.fullReportHint}` : ''}.`;
  }

  private shortened(d: Detail): string | undefined {
    const cuts: string[] = [];
    if (d.brief.size) cuts.push(`the details of ${DROP_ORDER.filter((id) => d.brief.has(id)).map((id) => SECTION_TITLE[id].toLowerCase()).join(', ')}`);
    if (!d.fixes) cuts.push('the fixes under Recommendations');
    const entries = this.recommendations.entries;
    if (d.listed < entries) cuts.push(`${entries - d.listed} of ${entries} ${entries === this.current.length ? 'findings' : 'entries'} under Recommendations`);
    if (d.prForm > 0) cuts.push('the messages and fixes of the new findings');
    if (d.prForm > 1) cuts.push('the objects of new warnings and notices, the resolved findings and the changed files');
    if (d.errorsNamed < this.newErrors) cuts.push(`the objects of ${this.newErrors - d.errorsNamed} new errors`);
    if (!cuts.length) return undefined;
    return `ℹ️ This report was shortened to fit ${this.fit.maxLength!.toLocaleString('en-US')} characters. Left out: ${cuts.join('; ')}.${this.fit.fullReportHint ? ` The full report is in ${this.fit.fullReportHint}.` : ''}`;
  }
}

/** Whether a finding is about a file of the project in folder `root` (paths relative to ROOT). */
function inProject(f: Finding, root: string): boolean {
  return root === '.' || (f.file !== undefined && f.file.startsWith(`${root}/`));
}
