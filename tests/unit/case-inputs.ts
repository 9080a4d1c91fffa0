import type { ReviewCaseInput } from '../../lib/domain/cases/lifecycle';

/** The fixture's 1★ review of a fan that arrived broken, as the review page hands it to the cases; `fields` vary it. */
export const brokenFanReview = (fields: Partial<ReviewCaseInput> = {}): ReviewCaseInput => ({
  platform: 'pinduoduo',
  reviewKey: 'pinduoduo:260410-662259689903207',
  orderId: '260410-662259689903207',
  buyerName: '阿***',
  reviewText: '收到就是坏的',
  stars: 1,
  level: 'negative',
  causes: ['quality_defect'],
  ...fields,
});
