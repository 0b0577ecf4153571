// Receives telemetry batches from the desktop client and stores them with the service role.
import { createClient } from 'npm:@supabase/supabase-js@2';

const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);
const sampleRate = Number(Deno.env.get('TELEMETRY_SAMPLE_RATE') ?? '1');

Deno.serve(async (req) => {
  const events: { user_id: string; event_type: string; payload: unknown }[] = await req.json();
  const kept = events.filter(() => Math.random() < sampleRate);
  const { error } = await supabase.from('telemetry_events').insert(kept);
  return new Response(JSON.stringify({ stored: error ? 0 : kept.length }), { status: error ? 500 : 200 });
});
