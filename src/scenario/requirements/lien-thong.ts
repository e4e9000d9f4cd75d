import type { Requirement } from '../types.js';

/** The rows of docs/REQUIREMENTS.md under "Interconnected procedures (liên thông)", in English and Vietnamese. */
export const lienThongRows = [
  {
    id: 'R-LT-1',
    area: 'lien-thong',
    kind: 'duty',
    sources: ['CT05 B45', 'TB299 III.2d', 'BC2060 II.3', 'BC2060 I.2(2)'],
    title: {
      en: 'Birth registration → permanent residence registration → health-insurance card for children under 6: electronic procedure issued (CT05 B45, Government Office, by 02/2023), rolled out nationwide by provinces (TB299 III.2d, under Resolution 97/NQ-CP of 08/07/2023; BC2060 II.3) after the Hà Nội and Hà Nam pilot (BC2060 I.2(2))',
      vi: 'Liên thông đăng ký khai sinh - đăng ký thường trú - cấp thẻ BHYT cho trẻ em dưới 6 tuổi: ban hành quy trình điện tử (CT05 B45, Văn phòng Chính phủ, hoàn thành tháng 2/2023), các tỉnh triển khai trên toàn quốc (TB299 III.2d, theo Nghị quyết 97/NQ-CP ngày 08/07/2023; BC2060 II.3) sau thí điểm tại Hà Nội và Hà Nam (BC2060 I.2(2))',
    },
    check: {
      en: "One declaration drives all three steps across civil status, residence (NPD) and social insurance; each step's result reaches the portal. Harness assumption (not in the sources): a personal ID is issued to the child.",
      vi: 'Một lần khai báo thực hiện cả ba bước qua hệ thống hộ tịch, cư trú (CSDLQG về dân cư) và BHXH; kết quả của từng bước được gửi về Cổng. Giả định của bộ kiểm thử (không có trong nguồn): trẻ được cấp số định danh cá nhân.',
    },
    harnessAssumption: true,
  },
  {
    id: 'R-LT-2',
    area: 'lien-thong',
    kind: 'duty',
    sources: ['CT05 B45', 'TB299 III.2d', 'BC2060 II.3', 'BC2060 I.2(2)'],
    title: {
      en: 'Death registration → removal of permanent residence → funeral allowance ("Đăng ký khai tử - xóa đăng ký thường trú - trợ cấp mai táng phí"; same sources as R-LT-1)',
      vi: 'Liên thông "Đăng ký khai tử - xóa đăng ký thường trú - trợ cấp mai táng phí" (cùng nguồn với R-LT-1)',
    },
    check: {
      en: 'One declaration drives all three steps; the deceased is marked in the NPD; the allowance is paid (known gaps: R-LT-5).',
      vi: 'Một lần khai báo thực hiện cả ba bước; người mất được đánh dấu trong CSDLQG về dân cư; trợ cấp được chi trả (các thiếu sót đã biết: xem R-LT-5).',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LT-3',
    area: 'lien-thong',
    kind: 'duty',
    sources: ['BC2060 I.2(2)'],
    title: {
      en: 'The pilot (Hà Nội, Hà Nam) cut at least 9 kinds of papers ("loại giấy tờ") and 6 duplicate fields across the two chains; citizens declare once for 3 procedures (BC2060 I.2(2))',
      vi: 'Thí điểm (Hà Nội, Hà Nam) đã cắt giảm ít nhất 9 "loại giấy tờ" và 6 trường thông tin trùng lặp trong hai nhóm thủ tục liên thông; công dân chỉ khai một lần cho 3 thủ tục (BC2060 I.2(2))',
    },
    check: {
      en: 'No field is asked twice across the chain; no paper the chain can look up is asked for. The 9/6 counts are pilot figures: reported, not gated on.',
      vi: 'Không trường nào bị hỏi hai lần trong cả chuỗi; không yêu cầu giấy tờ nào mà chuỗi có thể tra cứu được. Các con số 9 và 6 là số liệu thí điểm: chỉ báo cáo, không dùng làm điều kiện đạt.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LT-4',
    area: 'lien-thong',
    kind: 'duty',
    sources: ['CT05 B34', 'BC2060 I.3(4)', 'CT05 A15'],
    title: {
      en: 'Electronic birth certificates and electronic death extracts on the electronic civil-status system (CT05 B34, Justice, by 06/2023; not done at end 2022, BC2060 I.3(4))',
      vi: 'Cấp giấy khai sinh điện tử, trích lục khai tử điện tử trên hệ thống đăng ký, quản lý hộ tịch điện tử (CT05 B34, Bộ Tư pháp, hoàn thành tháng 6/2023; đến cuối năm 2022 chưa hoàn thành, BC2060 I.3(4))',
    },
    check: {
      en: 'The civil-status mock issues them and the chain stores them in the data warehouse (storage per CT05 A15).',
      vi: 'Hệ thống hộ tịch giả lập cấp các giấy tờ này và chuỗi thủ tục lưu chúng vào kho dữ liệu (lưu trữ theo CT05 A15).',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LT-5',
    area: 'lien-thong',
    kind: 'duty',
    sources: ['BC2060 I.3(4)'],
    title: {
      en: 'Known gaps in the two chains (BC2060 I.3(4)): funeral allowance not yet paid for persons with meritorious service ("người có công"); Health\'s birth/death medical-certificate system not finished. Negative and fallback cases, not new obligations',
      vi: 'Các thiếu sót đã biết của hai nhóm thủ tục liên thông (BC2060 I.3(4)): chưa chi trả trợ cấp mai táng phí cho "người có công"; hệ thống giấy chứng sinh, giấy báo tử của Bộ Y tế chưa hoàn thiện. Đây là các tình huống phủ định và phương án dự phòng, không phải nghĩa vụ mới',
    },
    check: {
      en: 'A "người có công" death chain is routed to the right allowance regime or reported unsupported, never silently paid the standard allowance; with no electronic birth/death medical certificate, the chain accepts a paper or scanned one and flags the dossier.',
      vi: 'Chuỗi khai tử của "người có công" được chuyển đúng chế độ trợ cấp hoặc được báo là chưa hỗ trợ, không bao giờ âm thầm chi mức trợ cấp thông thường; khi không có giấy chứng sinh, giấy báo tử điện tử, chuỗi chấp nhận bản giấy hoặc bản quét và đánh dấu hồ sơ.',
    },
    harnessAssumption: false,
  },
] as const satisfies readonly Requirement[];
