// The settings page lists what the trust audit recorded about the signed-in user.
import type { SupabaseClient } from '@supabase/supabase-js';

export async function trustAuditEntries(supabase: SupabaseClient, userId: string) {
  const { data, error } = await supabase.from('trust_audit_entries').select('*').eq('user_id', userId).order('created_at', { ascending: false });
  if (error) throw error;
  return data;
}

export async function recentTelemetry(supabase: SupabaseClient, userId: string) {
  const { data } = await supabase.from('telemetry_events').select('event_type, created_at').eq('user_id', userId).limit(50);
  return data ?? [];
}
