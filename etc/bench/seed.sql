-- 1,000,000 deterministic accounts and profiles: the same rows on every run and machine.
-- Ids are md5('meetinity-bench-<n>') read as a UUID; every choice is a function of n.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE words AS SELECT
  ARRAY['Ada','Grace','Alan','Linus','Marie','Radia','Barbara','Ken','Dennis','Margaret','Katherine','John','Donald','Frances','Edsger','Tim','Vint','Sophie','Hedy','Niklaus','Anita','Leslie','Shafi','Yukihiro','Guido','Bjarne','Anders','James','Brian','Rob','Susan','Jean','Elena','Carlos','Priya','Wei','Aiko','Omar','Fatima','Lars','Ingrid','Mateo','Lucia','Kwame','Amara','Dmitri','Olga','Noah','Emma','Liam'] AS first_names,
  ARRAY['Lovelace','Hopper','Turing','Torvalds','Curie','Perlman','Liskov','Thompson','Ritchie','Hamilton','Johnson','McCarthy','Knuth','Allen','Dijkstra','Berners-Lee','Cerf','Wilson','Lamarr','Wirth','Borg','Lamport','Goldwasser','Matsumoto','van Rossum','Stroustrup','Hejlsberg','Gosling','Kernighan','Pike','Kare','Sammet','Garcia','Mendes','Sharma','Zhang','Tanaka','Haddad','Rahman','Nilsson','Berg','Rossi','Fernandez','Mensah','Okafor','Ivanov','Petrova','Smith','Brown','Martin'] AS last_names,
  ARRAY['Software Engineer','Senior Software Engineer','Data Scientist','Product Manager','Engineering Manager','UX Designer','DevOps Engineer','Security Engineer','Sales Director','Marketing Lead','Financial Analyst','Recruiter','Research Scientist','Consultant','Architect','Nurse','Teacher','Lawyer','Accountant','Founder'] AS titles,
  ARRAY['Software','Finance','Healthcare','Education','Retail','Manufacturing','Energy','Media','Consulting','Government','Telecommunications','Logistics'] AS industries,
  ARRAY['London','Paris','Berlin','Madrid','Lisbon','Amsterdam','Dublin','New York','San Francisco','Toronto','Sydney','Singapore','Tokyo','Bangalore','Nairobi','Lagos','Cairo','Sao Paulo','Mexico City','Stockholm'] AS cities,
  ARRAY['C#','Java','Python','Go','Rust','TypeScript','PostgreSQL','Kubernetes','AWS','Azure','Machine Learning','Statistics','Negotiation','Leadership','Design','SEO','Accounting','Excel','Public Speaking','Recruiting'] AS skills,
  ARRAY['Analytical','Northwind','Contoso','Globex','Initech','Umbrella','Stark','Wayne','Acme','Hooli','Pied Piper','Vandelay','Tyrell','Cyberdyne','Soylent','Wonka','Aperture','Black Mesa','Massive Dynamic','Oscorp'] AS companies;

INSERT INTO identity.accounts (id, name, role, suspended, created_at, updated_at, last_login_at, email, normalized_email,
  email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
SELECT md5('meetinity-bench-' || n)::uuid, NULL, 'user', false,
  timestamptz '2024-01-01' + (n || ' minutes')::interval, timestamptz '2024-01-01' + (n || ' minutes')::interval, NULL,
  'user' || n || '@bench.example', upper('user' || n || '@bench.example'), true, false, false, false, 0
FROM generate_series(1, 1000000) n;

INSERT INTO profile.profiles (id, name, title, company, industry, location, experience_years, skills, skill_keys, skills_text,
  interests, bio, status, links, suspended, preferences_language, preferences_timezone, preferences_notify_connection_requests,
  preferences_notify_product, preferences_visibility, preferences_show_email, created_at, updated_at)
SELECT md5('meetinity-bench-' || n)::uuid,
  w.first_names[1 + n % 50] || ' ' || w.last_names[1 + (n / 50) % 50],
  w.titles[1 + (n * 7) % 20], w.companies[1 + (n * 13) % 20] || ' ' || (ARRAY['Labs','Group','Inc','Systems','Partners'])[1 + n % 5],
  w.industries[1 + (n * 3) % 12], w.cities[1 + (n * 11) % 20], (n * 17) % 41,
  ARRAY[w.skills[1 + n % 20], w.skills[1 + (n / 20) % 20]],
  ARRAY[lower(w.skills[1 + n % 20]), lower(w.skills[1 + (n / 20) % 20])],
  w.skills[1 + n % 20] || ' ' || w.skills[1 + (n / 20) % 20],
  ARRAY['Mentoring'], 'Works as ' || lower(w.titles[1 + (n * 7) % 20]) || ' in ' || lower(w.industries[1 + (n * 3) % 12]) || ' and enjoys ' || lower(w.skills[1 + (n / 20) % 20]) || '.',
  CASE WHEN n % 50 = 0 THEN 'inactive' ELSE 'active' END, '{}'::jsonb, false, 'en', 'UTC', true, false,
  CASE WHEN n % 40 = 0 THEN 'private' WHEN n % 40 = 1 THEN 'connections' ELSE 'public' END, false,
  timestamptz '2024-01-01' + (n || ' minutes')::interval, timestamptz '2024-01-01' + (n || ' minutes')::interval
FROM generate_series(1, 1000000) n, words w;
COMMIT;
VACUUM ANALYZE identity.accounts;
VACUUM ANALYZE profile.profiles;
