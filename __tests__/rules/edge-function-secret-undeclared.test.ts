import { auditTable, type Found } from './engine.js';

const rule = 'edge-function-secret-undeclared';
const found = (file: string, line: number, object: string): Found => ({ rule, severity: 'notice', file, line, object });
const BILLING = 'supabase/functions/billing/index.ts';
const READS = "const stripeKey = Deno.env.get('STRIPE_SECRET_KEY');\nconst url = Deno.env.get('SUPABASE_URL');\n";

auditTable(rule, [
  // docs/rules/edge-function-secret-undeclared.md
  ['docs ❌: a secret nothing declares', { [BILLING]: READS }, [found(BILLING, 1, 'billing:STRIPE_SECRET_KEY')]],
  ['docs ✅: declared in supabase/functions/.env.example', { [BILLING]: READS, 'supabase/functions/.env.example': 'STRIPE_SECRET_KEY=sk_test_…\n' }, []],
  ['a .env.example in the function\'s folder or in supabase/ declares too; `export` and comments are fine', {
    [BILLING]: READS, 'supabase/functions/mail/index.ts': "Deno.env.get('RESEND_KEY');\nDeno.env.get('RESEND_FROM');\n",
    'supabase/functions/billing/.env.example': '# Stripe\nexport STRIPE_SECRET_KEY=\n', 'supabase/.env.example': 'RESEND_KEY=re_…\n',
  }, [found('supabase/functions/mail/index.ts', 2, 'mail:RESEND_FROM')]],
  ['each variable once per function, where it is first read, from any file of the function\'s folder', {
    [BILLING]: "import { key } from './stripe.ts';\nDeno.env.get('STRIPE_SECRET_KEY');\n",
    'supabase/functions/billing/stripe.ts': "export const key = Deno.env.get('STRIPE_SECRET_KEY');\nexport const hook = Deno.env.get('STRIPE_WEBHOOK_SECRET');\n",
  }, [found(BILLING, 2, 'billing:STRIPE_SECRET_KEY'), found('supabase/functions/billing/stripe.ts', 2, 'billing:STRIPE_WEBHOOK_SECRET')]],
  ['_shared is not a function; the platform\'s own variables need no declaration', {
    'supabase/functions/_shared/cors.ts': "Deno.env.get('ALLOWED_ORIGIN');\n",
    'supabase/functions/hello/index.ts': "Deno.env.get('SUPABASE_ANON_KEY');\nDeno.env.get('SUPABASE_SERVICE_ROLE_KEY');\nDeno.env.get('SUPABASE_DB_URL');\n",
  }, []],
]);
