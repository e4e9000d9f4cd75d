import type { Requirement } from '../types.js';

/** The rows of docs/REQUIREMENTS.md under "Data matching and cleansing", in English and Vietnamese. */
export const matchingRows = [
  {
    id: 'R-MATCH-1',
    area: 'matching',
    kind: 'duty',
    sources: ['CT05 B5'],
    title: {
      en: 'Verify population data against national and sectoral databases to clean them (CT05 B5, MPS leads, by 06/2023; co-operating: Justice, Health, Labour, Finance, Natural Resources and Environment, Home Affairs, MIC, Planning and Investment, Industry and Trade, Defence, State Bank, Government Inspectorate, VSS; the main text\'s list ends "…")',
      vi: 'Xác thực dữ liệu dân cư với các cơ sở dữ liệu quốc gia, chuyên ngành để làm sạch dữ liệu (CT05 B5, Bộ Công an chủ trì, hoàn thành tháng 6/2023; phối hợp: Bộ Tư pháp, Bộ Y tế, Bộ Lao động - Thương binh và Xã hội, Bộ Tài chính, Bộ Tài nguyên và Môi trường, Bộ Nội vụ, Bộ Thông tin và Truyền thông, Bộ Kế hoạch và Đầu tư, Bộ Công Thương, Bộ Quốc phòng, Ngân hàng Nhà nước, Thanh tra Chính phủ, BHXH Việt Nam; danh sách trong phần chính văn kết thúc bằng "…")',
    },
    check: {
      en: 'A batch of sector records is matched; each record gets matched / mismatched fields / not found / deceased, with the canonical values.',
      vi: 'Một lô bản ghi của ngành được đối soát; mỗi bản ghi nhận một kết quả: khớp, lệch ở những trường nào, không tìm thấy hoặc đã mất, kèm giá trị chuẩn.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-MATCH-2',
    area: 'matching',
    kind: 'derived',
    sources: ['CT05 B27', 'BC2060 I.2(5)'],
    title: {
      en: 'MIC, with MPS, has telecom carriers connect subscriber data to the NPD and standardise it after matching (CT05 B27, by 02/2023); 66.9 million matching requests from Viettel, Mobifone, Vinaphone (BC2060 I.2(5)). A duty of MIC and the carriers',
      vi: 'Bộ Thông tin và Truyền thông phối hợp với Bộ Công an chỉ đạo các doanh nghiệp viễn thông kết nối dữ liệu thuê bao với CSDLQG về dân cư và chuẩn hóa sau đối soát (CT05 B27, hoàn thành tháng 2/2023); 66,9 triệu yêu cầu đối soát từ Viettel, Mobifone, Vinaphone (BC2060 I.2(5)). Đây là nhiệm vụ của Bộ Thông tin và Truyền thông và các nhà mạng',
    },
    check: {
      en: 'For a carrier-style batch client: a large batch completes, with progress, and the standardised output round-trips.',
      vi: 'Với bên gọi xử lý theo lô như nhà mạng: một lô lớn chạy xong, có báo tiến độ, và dữ liệu đầu ra đã chuẩn hóa đọc, ghi lại được mà không sai lệch.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-MATCH-3',
    area: 'matching',
    kind: 'duty',
    sources: ['CT05 B11'],
    title: {
      en: 'COVID-19 vaccination data reviewed, reconciled, updated and cleaned against the NPD (CT05 B11, Health with MPS, ongoing)',
      vi: 'Rà soát, đối soát, cập nhật, làm sạch dữ liệu tiêm chủng COVID-19 với CSDLQG về dân cư (CT05 B11, Bộ Y tế phối hợp với Bộ Công an, thực hiện thường xuyên)',
    },
    check: {
      en: 'Duplicates, wrong IDs and name variants are found and explained.',
      vi: 'Phát hiện và giải thích được các bản ghi trùng, số định danh sai và các biến thể của họ tên.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-MATCH-4',
    area: 'matching',
    kind: 'duty',
    sources: ['CT05 C6', 'BC2060 II.6'],
    title: {
      en: 'Data updated and cleaned so citizen information is always "đúng, đủ, sạch, sống" (correct, complete, clean, live) (CT05 C6, ongoing, district/commune Đề án 06 working groups; BC2060 II.6). The sources do not define the four words',
      vi: 'Cập nhật, làm sạch dữ liệu để thông tin công dân luôn "đúng, đủ, sạch, sống" (CT05 C6, thực hiện thường xuyên, tổ công tác Đề án 06 cấp huyện, cấp xã; BC2060 II.6). Các văn bản nguồn không định nghĩa bốn tiêu chí này',
    },
    check: {
      en: 'The report scores a dataset: correct (matches the NPD), complete (required fields present), clean (well-formed, no duplicates), live (reflects the current NPD state: deaths, moves and ID changes propagated within a set freshness window; deceased persons present but marked deceased). Harness assumption: the four-way rubric.',
      vi: 'Báo cáo chấm điểm một tập dữ liệu: đúng (khớp với CSDLQG về dân cư), đủ (có đủ các trường bắt buộc), sạch (đúng định dạng, không trùng lặp), sống (phản ánh trạng thái hiện tại của CSDLQG về dân cư: việc qua đời, chuyển nơi ở, thay đổi số định danh được cập nhật trong một khoảng thời gian quy định; người đã mất vẫn có mặt nhưng được đánh dấu là đã mất). Giả định của bộ kiểm thử: cách chấm theo bốn tiêu chí.',
    },
    harnessAssumption: true,
  },
  {
    id: 'R-MATCH-5',
    area: 'matching',
    kind: 'calibration',
    sources: ['BC2060 I.2(5)'],
    title: {
      en: 'Observed 2022 matching rate: 572,994,824 of 819,323,398 lookup/verify/sync requests matched, about 69.9% (BC2060 I.2(5)). Descriptive, not an obligation',
      vi: 'Tỷ lệ khớp thực tế năm 2022: 572.994.824 trên 819.323.398 yêu cầu tra cứu, xác thực, đồng bộ khớp dữ liệu, khoảng 69,9% (BC2060 I.2(5)). Số liệu mô tả, không phải nghĩa vụ',
    },
    check: {
      en: 'A "realistic" dirty-data profile reproduces about that rate, and the harness reports the rate it saw; never pass/fail.',
      vi: 'Bộ dữ liệu lỗi theo hồ sơ "realistic" tái tạo xấp xỉ tỷ lệ đó, và bộ kiểm thử báo cáo tỷ lệ quan sát được; không bao giờ đánh giá đạt hay không đạt.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-MATCH-6',
    area: 'matching',
    kind: 'duty',
    sources: ['CT05 B13', 'CT05 B16', 'CT05 B17', 'CT05 B20', 'CT05 B41', 'CT05 B14'],
    title: {
      en: 'Sector databases connect and verify with the NPD: social security (CT05 B13, by 09/2023), housing (B16, 06/2023), land (B17, 03/2023), civil servants (B20, 06/2023), students (B41, 06/2023, also with insurance and employment databases); poor/near-poor household data connected and shared with ministries and localities (B14, 06/2023; the NPD is not named)',
      vi: 'Các cơ sở dữ liệu chuyên ngành kết nối, xác thực với CSDLQG về dân cư: an sinh xã hội (CT05 B13, hoàn thành tháng 9/2023), nhà ở (B16, tháng 6/2023), đất đai (B17, tháng 3/2023), cán bộ, công chức, viên chức (B20, tháng 6/2023), học sinh, sinh viên (B41, tháng 6/2023, kết nối cả với cơ sở dữ liệu bảo hiểm và việc làm); dữ liệu hộ nghèo, hộ cận nghèo được kết nối, chia sẻ với các bộ, ngành, địa phương (B14, tháng 6/2023; không nêu tên CSDLQG về dân cư)',
    },
    check: {
      en: 'Sector-specific record shapes can be generated and matched.',
      vi: 'Có thể sinh và đối soát các bản ghi theo cấu trúc riêng của từng ngành.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-MATCH-7',
    area: 'matching',
    kind: 'duty',
    sources: ['TB299 III.6a', 'TB299 III.2c'],
    title: {
      en: 'Tax data synchronised with population data; citizen ID / e-ID serves as the tax code (TB299 III.6a, Finance; III.2c)',
      vi: 'Đồng bộ dữ liệu thuế với dữ liệu dân cư; sử dụng số định danh cá nhân/định danh điện tử thay cho mã số thuế (TB299 III.6a, Bộ Tài chính; III.2c)',
    },
    check: {
      en: 'Tax records with old tax codes are matched to the NPD, each taxpayer to one personal ID; conflicts (one ID with two codes, one code with two IDs, a deceased taxpayer) are reported, not merged silently.',
      vi: 'Hồ sơ thuế mang mã số thuế cũ được đối soát với CSDLQG về dân cư, mỗi người nộp thuế ứng với một số định danh cá nhân; các xung đột (một số định danh có hai mã số thuế, một mã số thuế ứng với hai số định danh, người nộp thuế đã mất) được báo cáo, không bị gộp một cách âm thầm.',
    },
    harnessAssumption: false,
  },
] as const satisfies readonly Requirement[];
