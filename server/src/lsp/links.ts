// Where the rule documentation lives. One constant: diagnostics (codeDescription), hovers and the docs all link
// through it. Keep it equal to package.json's repository URL (a test checks this).
// Every rule's page is docs/rules/<id>.md (Rule.docs); the main thread does not load the rules to ask.

export const REPOSITORY_URL = 'https://example.invalid/arabic-news-lint';
export const DOCS_BRANCH = 'main';

export function ruleDocsUrl(ruleId: string, docs = `docs/rules/${ruleId}.md`): string {
  return `${REPOSITORY_URL}/blob/${DOCS_BRANCH}/${docs}`;
}
