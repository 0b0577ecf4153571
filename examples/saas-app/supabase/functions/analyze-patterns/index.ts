// Counts the file extensions a user works with and asks OpenAI for a short summary of their habits.
import { createClient } from 'npm:@supabase/supabase-js@2';

const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);

Deno.serve(async (req) => {
  const { userId, extension } = await req.json();
  await supabase.rpc('upsert_pattern', { p_user_id: userId, p_file_extension: extension });
  const { data: patterns } = await supabase.from('patterns').select('file_extension, count').eq('user_id', userId);
  const summary = await fetch('https://api.openai.com/v1/responses', {
    method: 'POST',
    headers: { Authorization: `Bearer ${Deno.env.get('OPENAI_API_KEY')}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ model: 'gpt-4.1-mini', input: `Summarise: ${JSON.stringify(patterns)}` }),
  });
  return new Response(await summary.text());
});
