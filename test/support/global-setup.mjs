// Jest loads global setup through CommonJS without the ESM/TypeScript transform the tests get,
// so the TypeScript work runs in a child process under tsx.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export default function globalSetup() {
  const template = `vmr_test_${Date.now()}_template_${process.pid}`;
  process.env.VMR_TEST_TEMPLATE = template;
  const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
  const script = fileURLToPath(new URL('./prepare-template-db.ts', import.meta.url));
  execFileSync(tsx, [script, template], { stdio: 'inherit' });
}
