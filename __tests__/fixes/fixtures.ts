import { DATASOURCE } from '../rules/engine.js';

/** A project using RLS with one table, and a schema whose Task model has everything a missing-table fix must keep. */
export const TEAMS_SQL = 'CREATE TABLE IF NOT EXISTS public.teams (id int PRIMARY KEY);\nALTER TABLE public.teams ENABLE ROW LEVEL SECURITY;\nCREATE POLICY "read" ON public.teams FOR SELECT USING (true);\n';

export const TASKS_SCHEMA = `${DATASOURCE}
model Team {
  id    Int    @id
  tasks Task[]
  @@map("teams")
}

model Project {
  id    Int    @id
  tasks Task[]
  @@map("projects")
}

enum TaskState {
  OPEN @map("open")
  DONE @map("done")
  @@map("task_state")
}

model Task {
  id        String    @id @default(uuid()) @db.Uuid
  ref       String    @default(cuid())
  title     String    @db.VarChar(200)
  state     TaskState @default(OPEN)
  tags      String[]  @default([])
  points    Int       @default(1)
  meta      Json      @default("{}")
  slug      String    @default(dbgenerated("md5(random()::text)"))
  createdAt DateTime  @default(now()) @map("created_at") @db.Timestamptz(6)
  updatedAt DateTime  @updatedAt @map("updated_at")
  teamId    Int?      @map("team_id")
  team      Team?     @relation(fields: [teamId], references: [id])
  projectId Int       @map("project_id")
  project   Project   @relation(fields: [projectId], references: [id], onDelete: Cascade)

  @@unique([teamId, title])
  @@index([createdAt])
  @@map("tasks")
}
`;
