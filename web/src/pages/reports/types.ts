// Types of the reports screen, from the generated OpenAPI contract.
import type { ResponseOf } from '../../api/typed.ts';

export type MonthlyAnswer = ResponseOf<'/api/reports/monthly', 'get'>;
export type TrendsAnswer = ResponseOf<'/api/reports/trends', 'get'>;
