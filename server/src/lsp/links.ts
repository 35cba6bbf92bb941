// Where the rule documentation lives. One constant: diagnostics (codeDescription), hovers and the docs all link
// through it. Keep it equal to package.json's repository URL (a test checks this).
import { ruleById } from '../engine';

export const REPOSITORY_URL = 'https://example.invalid/arabic-news-lint';
export const DOCS_BRANCH = 'main';

export function ruleDocsUrl(ruleId: string): string {
  const docs = ruleById(ruleId)?.docs ?? `docs/rules/${ruleId}.md`;
  return `${REPOSITORY_URL}/blob/${DOCS_BRANCH}/${docs}`;
}
