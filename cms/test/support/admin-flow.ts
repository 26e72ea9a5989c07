import type { Page } from '@cmk/testing';

export interface OfferFlowInput {
  baseUrl: string;
  email: string;
  password: string;
  title: string;
  slug: string;
  partner: string;
  disciplines: string[];
  municipality: string;
  /** A discipline's name as editors see it, used in the list's own filter. */
  filterDiscipline: string;
  screenshotDir: string;
}

const OFFER_UID = 'api::offer.offer';

async function pickRelation(page: Page, label: string, option: string): Promise<void> {
  const field = page.getByRole('combobox', { name: new RegExp(`^${label}`) });
  await field.click();
  await field.fill(option);
  await page
    .getByRole('option', { name: new RegExp(option) })
    .first()
    .click();
}

async function pickEnum(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: new RegExp(`^${label}`) }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The editor's path: log in, write an offer, publish it, find it back in a filtered list. */
export async function runOfferFlow(page: Page, input: OfferFlowInput): Promise<{ row: string; table: string; url: string }> {
  // A busy CI machine renders the admin slowly; waiting longer is cheaper than a flaky test.
  page.setDefaultTimeout(90_000);
  const shot = (name: string) => page.screenshot({ path: `${input.screenshotDir}/${name}.png`, fullPage: false });

  await page.goto(`${input.baseUrl}/admin/auth/login`);
  await page.locator('input[name=email]').fill(input.email);
  await page.locator('input[name=password]').fill(input.password);
  await page.locator('button[type=submit]').click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 60_000 });

  await page.goto(`${input.baseUrl}/admin/content-manager/collection-types/${OFFER_UID}/create?plugins[i18n][locale]=nl`);
  const title = page.getByRole('textbox', { name: /^Titel/ });
  await title.waitFor({ timeout: 60_000 });
  await title.fill(input.title);
  // The slug is part of the offer's web address and what integrations keep: the editor sets it on purpose.
  const slug = page.getByRole('textbox', { name: /^Slug/ });
  await slug.fill(input.slug);
  await page.getByRole('textbox', { name: /^Samenvatting/ }).fill('Leerlingen maken samen een dans op muziek die ze zelf spelen.');
  await pickRelation(page, 'Cultuurpartner', input.partner);
  for (const discipline of input.disciplines) await pickRelation(page, 'Disciplines', discipline);
  await pickRelation(page, 'Gemeenten', input.municipality);
  await pickEnum(page, 'Soort aanbod', 'workshop');
  await pickEnum(page, 'Waar', 'op_school');
  await shot('1-offer-filled');

  await page.getByRole('button', { name: /^(Publiceer|Publish)$/ }).click();
  await page
    .getByText(/Gepubliceerd|Published/)
    .first()
    .waitFor({ timeout: 30_000 });
  await shot('2-offer-published');

  // The list, filtered the way an editor does it: Filters → Disciplines → name.
  await page.goto(
    `${input.baseUrl}/admin/content-manager/collection-types/${OFFER_UID}?page=1&pageSize=100&sort=title:ASC&plugins[i18n][locale]=nl`,
  );
  await page.getByRole('button', { name: 'Filters' }).click();
  const popover = page.locator('[data-radix-popper-content-wrapper]').first();
  await popover.getByRole('combobox', { name: /Selecteer veld|Select field/ }).click();
  await page.getByRole('option', { name: 'Disciplines', exact: true }).click();
  await popover.locator('input[name=value]').fill(input.filterDiscipline);
  await popover.getByRole('button', { name: /Voeg filter toe|Add filter/ }).click();
  await page.waitForURL((url) => decodeURIComponent(url.search).includes('[disciplines]'), { timeout: 30_000 });
  const row = page.getByRole('row').filter({ hasText: input.title });
  await row.waitFor({ timeout: 60_000 });
  const text = (await row.innerText()).replace(/\s+/g, ' ');
  await shot('3-list-filtered-by-discipline');
  return { row: text, table: await page.locator('table').innerText(), url: decodeURIComponent(page.url()) };
}
