import { MentorKitError, type Availability, type WeeklyWindow } from '@mentorkit/core';
import type { CommunityRecord } from '../repositories/community-repository.js';
import type { MentorProfileFields } from '../repositories/mentor-repository.js';
import type { Services } from '../service-container.js';
import type { DemoSeedStep } from './demo-seed.js';

type Row = [name: string, email: string, expertise: string[], languages: string[], company: string, jobTitle: string, timeZone: string, rate: number, currency: string, years: number, bio: string];

/** About 30 approved demo mentors: varied skills, English and Spanish, several zones, free and paid. */
const demoMentors: Row[] = [
  ['Ana Souza', 'ana@example.com', ['Frontend', 'React', 'Accessibility'], ['en', 'pt', 'es'], 'Lumen Labs', 'Staff Frontend Engineer', 'America/Sao_Paulo', 0, 'USD', 11, 'Frontend engineer who loves accessible, fast interfaces. Happy to review your portfolio or your first pull request.'],
  ['Cruz Ramírez', 'cruz@example.com', ['Career change', 'Backend', 'Node.js'], ['es', 'en'], 'Nodo Digital', 'Backend Engineer', 'America/Mexico_City', 25, 'USD', 6, 'Switched from accounting to backend development at 32. I help career changers plan their first year in tech.'],
  ['José Martínez', 'jose.martinez@example.com', ['Backend', 'Go', 'Distributed systems'], ['es', 'en'], 'Cloudbase', 'Principal Engineer', 'Europe/Madrid', 60, 'EUR', 15, 'Backend architect: APIs, queues and databases that keep working at scale. Ask me about system design interviews.'],
  ['María García', 'maria.garcia@example.com', ['Product management', 'Discovery', 'Roadmaps'], ['es', 'en'], 'Mercado Uno', 'Group Product Manager', 'America/Mexico_City', 0, 'USD', 12, 'Product leader focused on discovery and outcomes. I mentor new PMs on talking to users and saying no.'],
  ['Zoë Clarke', 'zoe.clarke@example.com', ['Design', 'UX research', 'Figma'], ['en'], 'Hearth Studio', 'Lead Product Designer', 'Europe/London', 45, 'EUR', 9, 'Product designer and researcher. Portfolio reviews, design critiques and how to run a usability test on a budget.'],
  ['Priya Raman', 'priya.raman@example.com', ['Machine learning', 'Python', 'Data science'], ['en', 'hi'], 'Insight Analytics', 'ML Engineer', 'Asia/Kolkata', 0, 'USD', 7, 'I build and ship ML models. Let us talk about getting from notebooks to production and about ML interviews.'],
  ['Liam O\'Brien', 'liam.obrien@example.com', ['DevOps', 'Kubernetes', 'AWS'], ['en'], 'ShipIt', 'Site Reliability Engineer', 'Europe/London', 50, 'USD', 10, 'SRE who enjoys calm on-call rotations. CI/CD, Kubernetes, observability and cloud cost questions welcome.'],
  ['Chloe Nguyen', 'chloe.nguyen@example.com', ['Mobile', 'iOS', 'Swift'], ['en'], 'Pocket Apps', 'Senior iOS Engineer', 'Australia/Sydney', 40, 'USD', 8, 'iOS developer shipping consumer apps since the iPhone 5. SwiftUI, app store reviews and mobile architecture.'],
  ['Andrés Gómez', 'andres.gomez@example.com', ['Security', 'Pentesting', 'Backend'], ['es', 'en'], 'Escudo Seguro', 'Security Engineer', 'America/Bogota', 0, 'USD', 9, 'Application security engineer. Threat modelling, secure code review and breaking into a security career.'],
  ['Sofía Herrera', 'sofia.herrera@example.com', ['Data engineering', 'SQL', 'Spark'], ['es'], 'DataPampa', 'Data Engineer', 'America/Argentina/Buenos_Aires', 20, 'USD', 5, 'Ingeniera de datos: pipelines, SQL y modelado. Te ayudo a preparar entrevistas técnicas de datos.'],
  ['Marcus Johnson', 'marcus.johnson@example.com', ['Engineering management', 'Leadership', 'Hiring'], ['en'], 'Brightline', 'Director of Engineering', 'America/New_York', 90, 'USD', 18, 'Engineering director. First-time managers, one-on-ones, hiring loops and growing senior engineers.'],
  ['Aisha Bello', 'aisha.bello@example.com', ['Frontend', 'Vue', 'Design systems'], ['en'], 'Kora', 'Frontend Lead', 'Europe/London', 0, 'USD', 7, 'Frontend lead building a design system used by six teams. Components, tokens and documentation that people read.'],
  ['Lucía Fernández', 'lucia.fernandez@example.com', ['UX writing', 'Design', 'Content strategy'], ['es', 'en'], 'Palabra', 'Content Designer', 'Europe/Madrid', 30, 'EUR', 6, 'Content designer. Microcopy, voice and tone, and how writers fit into product teams.'],
  ['Kenji Tanaka', 'kenji.tanaka@example.com', ['Machine learning', 'Computer vision', 'PyTorch'], ['en', 'ja'], 'Vision Works', 'Research Engineer', 'Asia/Tokyo', 70, 'USD', 10, 'Computer vision research engineer. Reading papers, reproducing results and building a research portfolio.'],
  ['Emily Carter', 'emily.carter@example.com', ['Product management', 'Growth', 'Analytics'], ['en'], 'Loop', 'Senior PM, Growth', 'America/New_York', 0, 'USD', 8, 'Growth PM who lives in experiments and funnels. Metrics, A/B tests and writing a crisp product spec.'],
  ['Rafael Costa', 'rafael.costa@example.com', ['Mobile', 'Android', 'Kotlin'], ['pt', 'en', 'es'], 'AppFácil', 'Android Engineer', 'America/Sao_Paulo', 15, 'USD', 6, 'Android engineer with Kotlin and Jetpack Compose. Code reviews and your first Play Store release.'],
  ['Hannah Schmidt', 'hannah.schmidt@example.com', ['DevOps', 'Terraform', 'Platform engineering'], ['en', 'de'], 'Plattform', 'Platform Engineer', 'Europe/Berlin', 55, 'EUR', 9, 'Platform engineer building internal developer platforms. Infrastructure as code and golden paths.'],
  ['Diego Torres', 'diego.torres@example.com', ['Career change', 'Frontend', 'JavaScript'], ['es', 'en'], 'Bootcamp Sur', 'Instructor', 'America/Santiago', 0, 'USD', 4, 'Former chef turned developer and bootcamp instructor. Learning plans, portfolios and your first job hunt.'],
  ['Fatima Zahra', 'fatima.zahra@example.com', ['Data science', 'Statistics', 'R'], ['en', 'fr', 'ar'], 'Datalys', 'Data Scientist', 'Africa/Casablanca', 35, 'EUR', 7, 'Data scientist: experiment design, statistics and communicating results to people who hate charts.'],
  ['Noah Williams', 'noah.williams@example.com', ['Backend', 'Java', 'Microservices'], ['en'], 'Ledgerly', 'Senior Backend Engineer', 'America/Chicago', 45, 'USD', 12, 'Backend engineer in fintech. Java, Spring, microservices and the boring parts that keep money safe.'],
  ['Valentina Rossi', 'valentina.rossi@example.com', ['Design', 'Illustration', 'Branding'], ['en', 'it', 'es'], 'Studio Vela', 'Brand Designer', 'Europe/Rome', 0, 'EUR', 10, 'Brand designer and illustrator. Visual identity, freelancing and pricing your creative work.'],
  ['Arjun Mehta', 'arjun.mehta@example.com', ['Security', 'Cloud security', 'DevOps'], ['en', 'hi'], 'SecureStack', 'Cloud Security Architect', 'Asia/Kolkata', 40, 'USD', 13, 'Cloud security architect. IAM, secrets, compliance and getting security work prioritised.'],
  ['Olivia Brown', 'olivia.brown@example.com', ['Technical writing', 'Documentation', 'Developer relations'], ['en'], 'DocsHub', 'Developer Advocate', 'Australia/Sydney', 0, 'USD', 6, 'Developer advocate and docs writer. Talks, tutorials and docs that developers actually finish.'],
  ['Tomás Álvarez', 'tomas.alvarez@example.com', ['Backend', 'Python', 'Django'], ['es', 'en'], 'Pyme Soft', 'Tech Lead', 'Europe/Madrid', 25, 'EUR', 8, 'Tech lead in a small team: Python, Django, testing and the jump from senior to lead.'],
  ['Grace Kim', 'grace.kim@example.com', ['Frontend', 'TypeScript', 'Performance'], ['en', 'ko'], 'Swift Web', 'Senior Frontend Engineer', 'America/Los_Angeles', 65, 'USD', 9, 'Frontend performance nerd. TypeScript, Core Web Vitals and making big React apps feel small.'],
  ['Mateo Silva', 'mateo.silva@example.com', ['Machine learning', 'MLOps', 'Data engineering'], ['es', 'pt', 'en'], 'Modelo', 'MLOps Engineer', 'America/Sao_Paulo', 0, 'USD', 6, 'MLOps engineer: feature stores, model monitoring and keeping ML systems reproducible.'],
  ['Isabel Navarro', 'isabel.navarro@example.com', ['Product design', 'Design', 'Career change'], ['es', 'en'], 'Diseño Claro', 'Product Designer', 'America/Mexico_City', 20, 'USD', 5, 'Pasé de arquitectura a diseño de producto. Portafolios, casos de estudio y entrevistas de diseño.'],
  ['Samuel Adeyemi', 'samuel.adeyemi@example.com', ['Mobile', 'Flutter', 'Startups'], ['en'], 'Lagos Apps', 'CTO', 'Africa/Lagos', 0, 'USD', 10, 'Startup CTO shipping Flutter apps. Early-stage architecture, hiring your first engineers and shipping fast.'],
  ['Camille Dubois', 'camille.dubois@example.com', ['Product management', 'B2B SaaS', 'Strategy'], ['en', 'fr'], 'Saasify', 'Head of Product', 'Europe/Paris', 80, 'EUR', 14, 'Head of product for B2B SaaS. Strategy, pricing, and growing from PM to product leader.'],
  ['Ethan Cohen', 'ethan.cohen@example.com', ['Career change', 'QA', 'Test automation'], ['en'], 'Quality First', 'QA Lead', 'America/New_York', 0, 'USD', 7, 'QA lead who moved from teaching into tech. Test automation, Playwright and breaking into QA.'],
  ['Lucas Pereira', 'lucas.pereira@example.com', ['Backend', 'Rust', 'Databases'], ['pt', 'en'], 'Ferro', 'Systems Engineer', 'Europe/Lisbon', 50, 'EUR', 11, 'Systems engineer writing Rust and database internals. Performance, concurrency and reading source code.'],
  ['Camila Ortiz', 'camila.ortiz@example.com', ['Data science', 'Python', 'Career change'], ['es'], 'Analítica Andina', 'Analista de datos', 'America/Lima', 0, 'USD', 3, 'Analista de datos que empezó desde cero. Python, SQL y cómo armar tu primer proyecto de datos.'],
];

/** Weekday windows varied per mentor, so the directory shows different hours and days. */
function weeklyFor(i: number): WeeklyWindow[] {
  const days = i % 3 === 0 ? [1, 3, 5] : i % 3 === 1 ? [1, 2, 3, 4, 5] : [2, 4, 6];
  const morning = ['08:00', '09:00', '10:00'][i % 3]!;
  const windows: WeeklyWindow[] = days.map((dayOfWeek) => ({ dayOfWeek, start: morning, end: '12:00' }));
  if (i % 2 === 0) windows.push(...days.map((dayOfWeek) => ({ dayOfWeek, start: '14:00', end: '17:30' })));
  return windows;
}

/** Creates the demo mentors (ana@ and cruz@ included) with profiles and weekly availability. */
export const seedDemoMentors: DemoSeedStep = async (services: Services, community: CommunityRecord) => {
  const now = services.now();
  for (const [i, [name, email, expertise, languages, company, jobTitle, timeZone, rate, currency, years, bio]] of demoMentors.entries()) {
    const existing = await services.members.findByEmail(community.id, email);
    const member =
      existing ?? (await services.members.upsert(community.id, { email, name, membershipType: 'Mentor' }, now)).member;
    const fields: MentorProfileFields = {
      displayName: name,
      bio,
      expertise,
      languages,
      company,
      jobTitle,
      yearsOfExperience: years,
      links: { linkedin: `https://www.linkedin.com/in/${email.split('@')[0]!.replace(/\./g, '-')}` },
      mentoringGoals: 'Help you take your next step with a concrete plan.',
      timeZone,
      hourlyRate: rate,
      currency,
      mentoringEnabled: true,
    };
    try {
      await services.mentors.create(community.id, member.id, fields, 'approved', new Date(now.getTime() - (demoMentors.length - i) * 86_400_000));
    } catch (error) {
      if (error instanceof MentorKitError && error.code === 'ALREADY_EXISTS') continue;
      throw error;
    }
    await services.members.setMentorApproved(community.id, member.id, true, now);
    const availability: Availability = { timeZone, weekly: weeklyFor(i), overrides: [], blackouts: [] };
    await services.availability.set(community.id, member.id, availability, now);
  }
};
