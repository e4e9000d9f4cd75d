import type { Requirement } from '../types.js';

/** The rows of docs/REQUIREMENTS.md under "Connection and security", in English and Vietnamese. */
export const connectionRows = [
  {
    id: 'R-CONN-1',
    area: 'connection',
    kind: 'duty',
    sources: ['CT05 A14', 'CT05 B3'],
    title: {
      en: 'Procedure systems complete their connection to the NPD to serve procedures, on IT infrastructure meeting guidance 1552 (CT05 A14, by 06/2023; MPS side CT05 B3, by 03/2023; Decree 107/2021)',
      vi: 'Hệ thống thông tin giải quyết TTHC cấp bộ, cấp tỉnh hoàn thành kết nối với CSDLQG về dân cư để phục vụ giải quyết thủ tục hành chính, trên hạ tầng CNTT đáp ứng hướng dẫn 1552 (CT05 A14, hoàn thành tháng 6/2023; phía Bộ Công an: CT05 B3, hoàn thành tháng 3/2023; Nghị định 107/2021)',
    },
    check: {
      en: 'The system obtains credentials, authenticates, and performs lookups through the documented contract.',
      vi: 'Hệ thống được cấp thông tin xác thực, xác thực thành công và tra cứu theo đúng đặc tả kết nối đã công bố.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-CONN-2',
    area: 'connection',
    kind: 'duty',
    sources: ['CT05 A15', 'CT05 B3', 'CV452 2', 'BC2060 I.2(6)', 'BC2060 I.3(2)'],
    title: {
      en: 'Review, check and assess the security of the procedure system before connecting to the NPD (CT05 A15, by 03/2023; CT05 B3; CV452 2: guidance 1552/BTTTT-THH of 26/04/2022). Status: 34 of 62 checked provinces and 3 of 23 checked ministries compliant (BC2060 I.2(6)); 19 ministries and 29 provinces not yet compliant (BC2060 I.3(2), as written; I.2(6) implies 20 ministries)',
      vi: 'Rà soát, kiểm tra, đánh giá an toàn thông tin của hệ thống giải quyết TTHC trước khi kết nối với CSDLQG về dân cư (CT05 A15, hoàn thành tháng 3/2023; CT05 B3; CV452 2: hướng dẫn 1552/BTTTT-THH ngày 26/04/2022). Hiện trạng: 34/62 tỉnh và 3/23 bộ được kiểm tra đạt yêu cầu (BC2060 I.2(6)); 19 bộ và 29 tỉnh chưa đạt (BC2060 I.3(2), theo nguyên văn; số liệu mục I.2(6) cho ra 20 bộ)',
    },
    check: {
      en: 'Harness assumption (the sources list no technical controls; the content of 1552 is not in them): TLS and authentication on every call, no credentials in URLs or logs, token expiry and refresh handled, no request without a valid token, only permitted fields asked for.',
      vi: 'Giả định của bộ kiểm thử (các văn bản nguồn không nêu biện pháp kỹ thuật nào; nội dung hướng dẫn 1552 không có trong nguồn): mọi lời gọi đều dùng TLS và có xác thực; không để thông tin xác thực trong URL hay trong nhật ký; xử lý đúng việc token hết hạn và làm mới token; không gửi yêu cầu nào khi chưa có token hợp lệ; chỉ yêu cầu các trường được phép.',
    },
    harnessAssumption: true,
  },
  {
    id: 'R-CONN-3',
    area: 'connection',
    kind: 'derived',
    sources: ['CV452 3, 5th indent'],
    title: {
      en: 'The Government Office must upgrade the portal so it runs smoothly and avoids congestion ("tắc nghẽn") while services are integrated and provided. A duty of the portal operator, not of the integrator',
      vi: 'Văn phòng Chính phủ nâng cấp Cổng Dịch vụ công quốc gia để vận hành thông suốt, tránh "tắc nghẽn" trong quá trình tích hợp, cung cấp dịch vụ. Đây là nhiệm vụ của đơn vị vận hành Cổng, không phải của đơn vị tích hợp',
    },
    check: {
      en: 'Derived well-behaved-client checks: the system backs off on 429/503, honours Retry-After, bounds its retries, and survives timeouts and connection resets without duplicate submissions.',
      vi: 'Kiểm tra suy ra về cách hành xử đúng mực của bên gọi: hệ thống giãn thời gian thử lại khi nhận mã 429/503, tuân thủ Retry-After, giới hạn số lần thử lại, và xử lý được quá thời gian chờ hay mất kết nối mà không nộp trùng hồ sơ.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-CONN-4',
    area: 'connection',
    kind: 'duty',
    sources: ['BTTTT 20', 'CT05 A16'],
    title: {
      en: "Connect the procedure system to MIC's system for monitoring and measuring digital-government service provision and use, and regularly check and reconcile figures (BTTTT 20, by 08/2023); steer and evaluate service on real-time data under Decision 766/QĐ-TTg (CT05 A16, with the Government Office)",
      vi: 'Kết nối hệ thống giải quyết TTHC với hệ thống giám sát, đo lường mức độ cung cấp và sử dụng dịch vụ chính phủ số của Bộ Thông tin và Truyền thông; thường xuyên kiểm tra, đối soát số liệu (BTTTT 20, hoàn thành tháng 8/2023); chỉ đạo, điều hành, đánh giá chất lượng phục vụ trên cơ sở dữ liệu thời gian thực theo Quyết định 766/QĐ-TTg (CT05 A16, phối hợp với Văn phòng Chính phủ)',
    },
    check: {
      en: 'The system reports dossier events promptly, and the counts it reports reconcile with what the mocks saw. One mock may serve both targets; BTTTT 20 and CT05 A16 are reported separately.',
      vi: 'Hệ thống báo cáo kịp thời các sự kiện của hồ sơ; số liệu báo cáo khớp với những gì hệ thống giả lập ghi nhận. Một hệ thống giả lập có thể đóng cả hai vai; kết quả theo BTTTT 20 và theo CT05 A16 được báo cáo riêng.',
    },
    harnessAssumption: false,
  },
] as const satisfies readonly Requirement[];
