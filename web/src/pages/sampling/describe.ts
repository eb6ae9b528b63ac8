// Human summaries of a sampling plan's rule and scope, for the plan table (pure; the screen passes t and names).
import type { PlanScope, SamplingRule } from '../../api/admin-types.ts';
import type { Translate } from '../../i18n/i18n.tsx';

export function describeRule(rule: SamplingRule, t: Translate, ruleName: (id: string) => string): string {
  switch (rule.kind) {
    case 'random':
      return t('sampling.rule.randomOf', { percent: rule.percent });
    case 'per-agent':
      return t('sampling.rule.perAgentOf', { n: rule.perAgent });
    case 'targeted': {
      const parts: string[] = [];
      if (rule.fatal) parts.push(t('review.reason.fatal'));
      if (rule.agentHangup) parts.push(t('review.reason.agent-hangup'));
      if (rule.complaintRisk) parts.push(t('review.reason.complaint-risk'));
      for (const r of rule.rules) parts.push(ruleName(r));
      return t('punct.labelValue', {
        label: t('sampling.rule.targeted'),
        value: parts.join(t('punct.listSeparator')),
      });
    }
  }
}

export function describeScope(scope: PlanScope, t: Translate, name: (id: string) => string): string {
  switch (scope.kind) {
    case 'all':
      return t('sampling.scope.all');
    case 'team':
      return t('punct.labelValue', {
        label: t('common.team'),
        value: scope.teamIds.map(name).join(t('punct.listSeparator')),
      });
    case 'vendor':
      return t('punct.labelValue', {
        label: t('common.vendor'),
        value: scope.vendorIds.map(name).join(t('punct.listSeparator')),
      });
  }
}
