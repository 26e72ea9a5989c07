import { MunicipalityFactsheetDocument, RegionChoicesDocument, RegionDashboardDocument, type RegionDashboardQuery } from '@cmk/client';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useApi, useQueryScope } from '../../../lib/api-client.tsx';

export type RegionReport = NonNullable<RegionDashboardQuery['regionReport']>;
export type MunicipalityReach = RegionReport['municipalities'][number];
export type BlindSpot = RegionReport['blindSpots'][number];

/** The region report of one school year: the advisor's own region unless an admin picks one. */
export function useRegionReport(schoolYear: string, regionId: string | undefined, enabled = true) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['region-report', ...scope, schoolYear, regionId ?? 'own'],
    queryFn: () => api.request(RegionDashboardDocument, { schoolYear, ...(regionId ? { regionId } : {}) }).then((d) => d.regionReport),
    enabled,
  });
}

export function useRegionChoices(enabled: boolean) {
  const api = useApi();
  const scope = useQueryScope();
  return useQuery({
    queryKey: ['region-choices', ...scope],
    queryFn: () => api.request(RegionChoicesDocument).then((d) => d.regions),
    enabled,
  });
}

/** Asks the API for a municipality's factsheet and hands the PDF to the browser as a download. */
export function useFactsheetDownload() {
  const api = useApi();
  return useMutation({
    mutationFn: async ({ municipalityCode, schoolYear }: { municipalityCode: string; schoolYear: string }) => {
      const sheet = (await api.request(MunicipalityFactsheetDocument, { municipalityCode, schoolYear })).municipalityFactsheet;
      if (!sheet) throw new Error('no factsheet');
      const bytes = Uint8Array.from(atob(sheet.base64), (c) => c.charCodeAt(0));
      saveFile(new Blob([bytes], { type: sheet.contentType }), sheet.fileName);
      return sheet.fileName;
    },
  });
}

/** Offers a file to the browser's download, without leaving the page. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
