import { defineScenario } from '../../src/scenario/types.js';

const ORDINARY = '001085999001';

/** R-CONN-1: the system obtains credentials, authenticates, and looks a citizen up through the documented contract. */
export default defineScenario({
  id: 'connection/authenticated-lookup',
  title: {
    en: 'Obtains a token with its client credentials and looks a citizen up with it',
    vi: 'Lấy token bằng thông tin xác thực của ứng dụng (client credentials) và dùng token đó để tra cứu công dân',
  },
  requirements: ['R-CONN-1'],
  tags: ['npd', 'oauth'],
  async run({ sut, mocks, check }) {
    const result = await sut.call('lookupCitizen', { id: ORDINARY });
    const journal = mocks.harness.journal.list({ system: 'npd' });
    const tokens = journal.filter((e) => e.route === 'npd.token');
    const lookups = journal.filter((e) => e.route === 'npd.lookup');
    check('R-CONN-1', tokens.some((e) => e.response.status === 200), { en: 'obtained an access token with the client-credentials grant', vi: 'đã lấy được access token theo luồng cấp quyền client credentials' }, { journal: tokens });
    check(
      'R-CONN-1',
      lookups.length > 0 && lookups.every((e) => e.client === 'procedure-system' && e.response.status === 200),
      { en: 'every lookup carried a valid bearer token and was answered', vi: 'mọi yêu cầu tra cứu đều mang bearer token hợp lệ và đều được trả lời' },
      { journal: lookups },
    );
    check('R-CONN-1', result.outcome === 'found' && result.fullName === 'Nguyễn Văn An', { en: `the system found the citizen (${result.outcome}: ${result.message})`, vi: `hệ thống đã tìm thấy công dân (${result.outcome}: ${result.message})` }, { data: result });
  },
});
