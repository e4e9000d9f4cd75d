import type { Requirement, RequirementId, RequirementKind, Scenario } from './types.js';

// Every row of docs/REQUIREMENTS.md, in English and Vietnamese; tests/scenario/catalogue.test.ts keeps IDs, kinds,
// areas, citations and harness assumptions in step with that file.
const rows = [
  // Connection and security
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

  // Lookup and verification
  {
    id: 'R-LOOK-1',
    area: 'lookup',
    kind: 'duty',
    sources: ['CT05 A12'],
    title: {
      en: 'Integrate NPD data, the chip ID card and e-ID accounts to gradually ("dần") replace citizens\' papers, first the paper household and temporary-residence books from 01/01/2023 (by 03/2023)',
      vi: 'Tích hợp dữ liệu từ CSDLQG về dân cư, thẻ CCCD gắn chíp và tài khoản định danh điện tử để "dần" thay thế giấy tờ của công dân, trước hết là sổ hộ khẩu, sổ tạm trú giấy từ ngày 01/01/2023 (hoàn thành tháng 3/2023)',
    },
    check: {
      en: 'Residence and household facts come from an NPD lookup, not from uploaded papers.',
      vi: 'Thông tin cư trú và hộ gia đình được lấy bằng tra cứu CSDLQG về dân cư, không lấy từ giấy tờ do công dân tải lên.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-2',
    area: 'lookup',
    kind: 'duty',
    sources: ['CT05 A11', 'BC2060 I.2(1)', 'TB299 III.10', 'CT05 C8', 'CT05 A12'],
    title: {
      en: 'Do not require citizens to show or submit the household book (CT05 A11); Decree 104/2022 amended 19 decrees on the paper household book (BC2060 I.2(1)); review texts requiring residence papers under 19 Government resolutions (TB299 III.10, a different "19"); training on Decree 104 (CT05 C8)',
      vi: 'Không yêu cầu công dân xuất trình, nộp sổ hộ khẩu (CT05 A11); Nghị định 104/2022 đã sửa đổi 19 nghị định liên quan đến sổ hộ khẩu giấy (BC2060 I.2(1)); rà soát các văn bản yêu cầu giấy tờ về cư trú theo 19 nghị quyết của Chính phủ (TB299 III.10, một con số "19" khác); tập huấn Nghị định 104 (CT05 C8)',
    },
    check: {
      en: 'No procedure definition or submission asks for "sổ hộ khẩu", or "sổ tạm trú" (per CT05 A12).',
      vi: 'Không định nghĩa thủ tục hay hồ sơ nộp nào yêu cầu "sổ hộ khẩu" hoặc "sổ tạm trú" (theo CT05 A12).',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-3',
    area: 'lookup',
    kind: 'duty',
    sources: ['CT05 C3', 'BC2060 I.2(2)'],
    title: {
      en: 'Do not require confirmation of the old 9-digit ID (CT05 C3, by 03/2023); the online service confirming the old 9-digit ID number is in operation, 100% online (BC2060 I.2(2))',
      vi: 'Không yêu cầu xác nhận số "chứng minh thư nhân dân 9 số" (CT05 C3, hoàn thành tháng 3/2023); dịch vụ công trực tuyến xác nhận số Chứng minh nhân dân 9 số đã vận hành, 100% trực tuyến (BC2060 I.2(2))',
    },
    check: {
      en: 'The system accepts the 12-digit number, and resolves a 9-digit number through the NPD confirmation service rather than asking for a paper.',
      vi: 'Hệ thống chấp nhận số định danh cá nhân 12 số; với số CMND 9 số, hệ thống tra cứu qua dịch vụ xác nhận của CSDLQG về dân cư thay vì yêu cầu giấy xác nhận.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-4',
    area: 'lookup',
    kind: 'duty',
    sources: ['CT05 C5'],
    title: {
      en: 'The 8 named provinces (Bắc Kạn, Bình Phước, Đăk Nông, Gia Lai, Khánh Hòa, Phú Yên, Thanh Hóa, Vĩnh Long) complete their connection to the NPD, output "Tra cứu, xác thực thông tin" (lookup and verification) (by 03/2023; IT infrastructure per 1552)',
      vi: '8 tỉnh được nêu tên (Bắc Kạn, Bình Phước, Đăk Nông, Gia Lai, Khánh Hòa, Phú Yên, Thanh Hóa, Vĩnh Long) hoàn thành kết nối với CSDLQG về dân cư, sản phẩm "Tra cứu, xác thực thông tin" (hoàn thành tháng 3/2023; hạ tầng CNTT theo hướng dẫn 1552)',
    },
    check: {
      en: 'Lookup by ID and verification return the right verdicts, including not-found and deceased. Harness assumption: the verified fields are ID + name + date of birth.',
      vi: 'Tra cứu theo số định danh và xác thực thông tin trả về đúng kết quả, kể cả trường hợp không tìm thấy và người đã mất. Giả định của bộ kiểm thử: các trường được xác thực là số định danh, họ tên và ngày sinh.',
    },
    harnessAssumption: true,
  },
  {
    id: 'R-LOOK-5',
    area: 'lookup',
    kind: 'derived',
    sources: ['CT05 B9', 'BC2060 I.2(3)'],
    title: {
      en: 'MPS, with the State Bank, applies population data and e-identification/authentication to cashless payments, verification of bank-account holders and verification for unsecured ("tín chấp") loans (CT05 B9, by 06/2023); population-data verification products in service (BC2060 I.2(3)). A duty of MPS and the State Bank, not of banks',
      vi: 'Bộ Công an phối hợp với Ngân hàng Nhà nước ứng dụng dữ liệu dân cư, định danh và xác thực điện tử trong thanh toán không dùng tiền mặt, xác thực chủ tài khoản ngân hàng và xác thực phục vụ cho vay "tín chấp" (CT05 B9, hoàn thành tháng 6/2023); các sản phẩm xác thực dữ liệu dân cư đã đưa vào phục vụ (BC2060 I.2(3)). Đây là nhiệm vụ của Bộ Công an và Ngân hàng Nhà nước, không phải của các ngân hàng',
    },
    check: {
      en: 'For a bank-style caller, verification answers match/no-match per field without disclosing fields the caller is not entitled to.',
      vi: 'Với bên gọi là ngân hàng, kết quả xác thực chỉ cho biết khớp hay không khớp theo từng trường, không để lộ các trường mà bên gọi không được phép xem.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-6',
    area: 'lookup',
    kind: 'duty',
    sources: ['CT05 C3', 'BC2060 I.2(3)', 'TB299 III.8', 'TB299 III.9'],
    title: {
      en: 'Clinics use the chip ID card with integrated health-insurance data (CT05 C3, by 03/2023; 94% of health facilities in 2022, BC2060 I.2(3)). Biometric verification on the chip card is a pilot ("thí điểm") at clinics (Health with VSS and MPS, report due 06/2024; TB299 III.8) and at one-stop counters (VSS to sum up, then scale nationwide; TB299 III.9)',
      vi: 'Cơ sở khám chữa bệnh sử dụng thẻ CCCD gắn chíp đã tích hợp thông tin thẻ BHYT (CT05 C3, hoàn thành tháng 3/2023; 94% cơ sở y tế năm 2022, BC2060 I.2(3)). Xác thực sinh trắc học trên thẻ gắn chíp được "thí điểm" tại cơ sở khám chữa bệnh (Bộ Y tế phối hợp với BHXH Việt Nam và Bộ Công an, báo cáo trước tháng 6/2024; TB299 III.8) và tại bộ phận một cửa (BHXH Việt Nam sơ kết rồi nhân rộng toàn quốc; TB299 III.9)',
    },
    check: {
      en: 'A clinic-style lookup returns the insurance-card data linked to the ID. The biometric sub-check (match/no-match) is a pilot: reported, never a gate.',
      vi: 'Tra cứu từ phía cơ sở khám chữa bệnh trả về thông tin thẻ BHYT gắn với số định danh. Phần kiểm tra sinh trắc học (khớp/không khớp) là thí điểm: chỉ báo cáo, không bao giờ là điều kiện đạt.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-7',
    area: 'lookup',
    kind: 'duty',
    sources: ['TB299 III.2c', 'TB299 III.6a'],
    title: {
      en: 'Integrate the personal ID with the tax code (TB299 III.2c); citizen ID / e-ID used as the tax code (TB299 III.6a, Finance)',
      vi: 'Tích hợp số định danh cá nhân với mã số thuế (TB299 III.2c); sử dụng số định danh cá nhân/định danh điện tử thay cho mã số thuế (TB299 III.6a, Bộ Tài chính)',
    },
    check: {
      en: 'A tax lookup keyed by the personal ID resolves the same person (tax-data sync: R-MATCH-7).',
      vi: 'Tra cứu thuế theo số định danh cá nhân trả về đúng người đó (đồng bộ dữ liệu thuế: xem R-MATCH-7).',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-8',
    area: 'lookup',
    kind: 'duty',
    sources: ['CV452 3, 4th indent', 'CT05 B6'],
    title: {
      en: 'Personal information and papers (e.g. health-insurance card, driving licence) integrated, verified and shown on VNeID, gradually replacing paper copies in procedures (CV452 3, 4th indent: MPS leads, ministries and provinces co-operate; CT05 B6)',
      vi: 'Thông tin, giấy tờ cá nhân (như thẻ BHYT, giấy phép lái xe) được tích hợp, xác thực và hiển thị trên VNeID, dần thay thế bản giấy khi làm thủ tục (CV452 3, gạch đầu dòng thứ 4: Bộ Công an chủ trì, các bộ, ngành, địa phương phối hợp; CT05 B6)',
    },
    check: {
      en: "The system takes a document held on the VNeID mock (checking issuer, validity, and holder = the authenticated ID) and asks for no upload; an expired, revoked or other person's document is refused with a reason.",
      vi: 'Hệ thống nhận giấy tờ lưu trên VNeID giả lập (kiểm tra cơ quan cấp, hiệu lực, người sở hữu trùng với số định danh đã xác thực) và không yêu cầu tải lên; giấy tờ hết hạn, đã bị thu hồi hoặc của người khác bị từ chối, có nêu lý do.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-9',
    area: 'lookup',
    kind: 'duty',
    sources: ['TB299 III.5', 'CT05 B6'],
    title: {
      en: 'Criminal record certificates ("phiếu lý lịch tư pháp") issued on VNeID (TB299 III.5, Justice, per Resolution 74/NQ-CP and Directive 23/CT-TTg; CT05 B6 lists it among VNeID utilities)',
      vi: 'Cấp "phiếu lý lịch tư pháp" trên VNeID (TB299 III.5, Bộ Tư pháp, theo Nghị quyết 74/NQ-CP và Chỉ thị 23/CT-TTg; CT05 B6 liệt kê đây là một tiện ích của VNeID)',
    },
    check: {
      en: "The certificate reaches only the requester's VNeID wallet (the civil-status mock can play the justice-records source); a procedure that needs it accepts the VNeID copy (signature, issue date, holder match) instead of paper.",
      vi: 'Phiếu chỉ được gửi vào ví VNeID của chính người yêu cầu (hệ thống hộ tịch giả lập có thể đóng vai nguồn dữ liệu lý lịch tư pháp); thủ tục cần phiếu chấp nhận bản trên VNeID (kiểm tra chữ ký, ngày cấp, người sở hữu) thay cho bản giấy.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-LOOK-10',
    area: 'lookup',
    kind: 'duty',
    sources: ['CT05 B42', 'CT05 B12'],
    title: {
      en: 'Driving-licence renewal and re-issue end to end on electronic health-check results (CT05 B42, Transport with VSS and Health, by 03/2023), shared through VSS infrastructure (CT05 B12, Health)',
      vi: 'Cấp đổi, cấp lại giấy phép lái xe toàn trình trên cơ sở giấy khám sức khỏe điện tử (CT05 B42, Bộ Giao thông vận tải phối hợp với BHXH Việt Nam và Bộ Y tế, hoàn thành tháng 3/2023), chia sẻ qua hạ tầng của BHXH Việt Nam (CT05 B12, Bộ Y tế)',
    },
    check: {
      en: "The flow fetches the e-health-check result from the social-insurance mock by personal ID and asks for no paper; a missing, expired, failed or other person's result stops the dossier with a clear request.",
      vi: 'Quy trình lấy kết quả khám sức khỏe điện tử từ hệ thống BHXH giả lập theo số định danh cá nhân và không yêu cầu bản giấy; nếu kết quả không có, hết hạn, không đạt hoặc của người khác thì hồ sơ dừng lại kèm yêu cầu bổ sung rõ ràng.',
    },
    harnessAssumption: false,
  },

  // Data matching and cleansing
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

  // Portal, dossiers and data reuse
  {
    id: 'R-PORT-1',
    area: 'portal',
    kind: 'duty',
    sources: ['CT05 A9'],
    title: {
      en: 'Receive and process dossiers online, with no late handling; 100% of dossiers on time (CT05 A9, ongoing)',
      vi: 'Tiếp nhận, giải quyết hồ sơ trực tuyến, không để trễ hạn; 100% hồ sơ được giải quyết đúng hạn (CT05 A9, thực hiện thường xuyên)',
    },
    check: {
      en: 'Every dossier reaches a final state before its deadline; late ones are flagged.',
      vi: 'Mọi hồ sơ đều đạt trạng thái cuối cùng trước thời hạn giải quyết; hồ sơ trễ hạn được đánh dấu.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-2',
    area: 'portal',
    kind: 'duty',
    sources: ['CT05 A10'],
    title: {
      en: 'Standardise and digitise forms, cutting at least 20% of declared fields by reusing digitised data (CT05 A10, by 06/2023)',
      vi: 'Chuẩn hóa, điện tử hóa biểu mẫu, cắt giảm tối thiểu 20% thông tin phải kê khai nhờ tái sử dụng dữ liệu đã số hóa (CT05 A10, hoàn thành tháng 6/2023)',
    },
    check: {
      en: 'Against a baseline (pre-reform) form, at least 20% of fields are cut; a field counts as cut only if the citizen no longer types it (prefilled from the NPD or a warehouse, or dropped).',
      vi: 'So với biểu mẫu gốc (trước cải cách), ít nhất 20% số trường được cắt giảm; một trường chỉ được tính là đã cắt giảm khi công dân không còn phải tự nhập (được điền sẵn từ CSDLQG về dân cư hoặc kho dữ liệu, hoặc được bỏ hẳn).',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-3',
    area: 'portal',
    kind: 'duty',
    sources: ['CT05 A8', 'CT05 A15', 'BTTTT 15', 'CT05 C8', 'BTTTT 11'],
    title: {
      en: 'Do not ask for papers or results already digitised (CT05 A8). Share results with the data warehouse on the portal (CT05 A15, by 03/2023). Run a personal/organisation data warehouse on the procedure system itself (BTTTT 15, by 12/2023). Cut dossier components covered by population data or databases (CT05 C8; BTTTT 11)',
      vi: 'Không yêu cầu nộp giấy tờ, kết quả đã được số hóa (CT05 A8). Chia sẻ kết quả vào Kho quản lý dữ liệu điện tử của tổ chức, cá nhân trên Cổng Dịch vụ công quốc gia (CT05 A15, hoàn thành tháng 3/2023). Xây dựng Kho quản lý dữ liệu điện tử của tổ chức, cá nhân ngay trên hệ thống giải quyết TTHC (BTTTT 15, hoàn thành tháng 12/2023). Cắt giảm thành phần hồ sơ đã có trong dữ liệu dân cư hoặc các cơ sở dữ liệu (CT05 C8; BTTTT 11)',
    },
    check: {
      en: "Results are written to both the portal warehouse mock and the system's own warehouse; a later procedure reuses a stored result instead of asking for it.",
      vi: 'Kết quả được ghi vào cả kho dữ liệu trên Cổng (giả lập) lẫn kho dữ liệu của chính hệ thống; thủ tục sau tái sử dụng kết quả đã lưu thay vì yêu cầu nộp lại.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-4',
    area: 'portal',
    kind: 'duty',
    sources: ['BTTTT 18', 'CT05 B32'],
    title: {
      en: "At least 3 channels for dossier information and status: email, SMS and portal notification; OTT (e.g. Zalo) to be considered (BTTTT 18, by 08/2023). Free status SMS is MIC's duty towards carriers (CT05 B32)",
      vi: 'Tối thiểu 3 kênh thông báo thông tin, tình trạng hồ sơ: thư điện tử, tin nhắn SMS và thông báo trên Cổng; nghiên cứu thêm kênh OTT (như Zalo) (BTTTT 18, hoàn thành tháng 8/2023). Việc nhắn tin SMS miễn phí về tình trạng hồ sơ là nhiệm vụ của Bộ Thông tin và Truyền thông đối với các nhà mạng (CT05 B32)',
    },
    check: {
      en: 'Each status change is sent once on each of email, SMS and portal notification (OTT optional).',
      vi: 'Mỗi lần thay đổi trạng thái được gửi đúng một lần trên từng kênh: thư điện tử, SMS và thông báo trên Cổng (OTT không bắt buộc).',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-5',
    area: 'portal',
    kind: 'duty',
    sources: ['BTTTT 14', 'CT05 A13', 'CV452 1, 2nd indent', 'CT05 C2', 'CT05 B39', 'BTTTT 5'],
    title: {
      en: "Online payment: connect the procedure system to the State Treasury and Tax systems (BTTTT 14, by 08/2023); push online, cashless payment (CT05 A13, by 03/2023). Online services may carry reduced or waived fees, set by MoF circular or provincial People's Council decision (CV452 1, 2nd indent; CT05 C2, by 06/2023; CT05 B39; BTTTT 5)",
      vi: 'Thanh toán trực tuyến: kết nối hệ thống giải quyết TTHC với hệ thống của Kho bạc Nhà nước và cơ quan thuế (BTTTT 14, hoàn thành tháng 8/2023); đẩy mạnh thanh toán trực tuyến, không dùng tiền mặt (CT05 A13, hoàn thành tháng 3/2023). Dịch vụ công trực tuyến có thể được giảm hoặc miễn phí, lệ phí theo thông tư của Bộ Tài chính hoặc nghị quyết của Hội đồng nhân dân tỉnh (CV452 1, gạch đầu dòng thứ 2; CT05 C2, hoàn thành tháng 6/2023; CT05 B39; BTTTT 5)',
    },
    check: {
      en: 'A payment is created and confirmed by callback from the Treasury/Tax mock; the fee charged equals the online-channel schedule in force (reduced where a reduction is configured).',
      vi: 'Khoản thanh toán được tạo và được xác nhận bằng lời gọi lại (callback) từ hệ thống Kho bạc/Thuế giả lập; số phí thu đúng bằng biểu phí trực tuyến đang áp dụng (được giảm khi có cấu hình giảm phí).',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-6',
    area: 'portal',
    kind: 'duty',
    sources: ['CT05 B4'],
    title: {
      en: 'Residence services end to end ("toàn trình") on the portal, first permanent registration, temporary registration and residence confirmation (CT05 B4, MPS with the Government Office, by 06/2023)',
      vi: 'Cung cấp dịch vụ công "toàn trình" về cư trú trên Cổng Dịch vụ công quốc gia, trước hết là đăng ký thường trú, đăng ký tạm trú và xác nhận thông tin về cư trú (CT05 B4, Bộ Công an phối hợp với Văn phòng Chính phủ, hoàn thành tháng 6/2023)',
    },
    check: {
      en: 'Each runs end to end against the residence and portal mocks.',
      vi: 'Từng dịch vụ chạy toàn trình với hệ thống cư trú và Cổng giả lập.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-7',
    area: 'portal',
    kind: 'duty',
    sources: ['BTTTT 13', 'CT05 A9', 'CT05 B28'],
    title: {
      en: 'Remote digital signing ready on the service portal (BTTTT 13, by 12/2023); speed up signing on mobile devices (CT05 A9); MIC guidance on signatures integrated in mobile apps (CT05 B28, by 03/2023)',
      vi: 'Sẵn sàng ký số từ xa trên cổng dịch vụ công (BTTTT 13, hoàn thành tháng 12/2023); đẩy nhanh việc ký số trên thiết bị di động (CT05 A9); Bộ Thông tin và Truyền thông hướng dẫn tích hợp chữ ký số trong ứng dụng di động (CT05 B28, hoàn thành tháng 3/2023)',
    },
    check: {
      en: 'A signed submission, including a mobile-app signature, is verified; a tampered one is refused.',
      vi: 'Hồ sơ có chữ ký số, kể cả chữ ký từ ứng dụng di động, được xác minh; hồ sơ bị sửa đổi sau khi ký bị từ chối.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-8',
    area: 'portal',
    kind: 'duty',
    sources: ['CT05 C4', 'BC2060 I.2(2)'],
    title: {
      en: 'Accommodation notification ("thông báo lưu trú") through VNeID (CT05 C4, from 02/2023; 98.3% online in 2022, BC2060 I.2(2))',
      vi: 'Thực hiện "thông báo lưu trú" qua VNeID (CT05 C4, từ tháng 2/2023; 98,3% thực hiện trực tuyến năm 2022, BC2060 I.2(2))',
    },
    check: {
      en: 'An accommodation notice for a guest is accepted and can be queried.',
      vi: 'Thông báo lưu trú cho một khách được tiếp nhận và tra cứu lại được.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-9',
    area: 'portal',
    kind: 'derived',
    sources: ['CT05 B6', 'TB299 III.4c', 'CV452 3, 4th indent', 'BC2060 I.2(2)'],
    title: {
      en: "VNeID: MPS completes the app and issues accounts (CT05 B6), pushes level 2 accounts (TB299 III.4c) and shows personal papers on VNeID (CV452 3, 4th indent); citizens use MPS-issued e-ID accounts for online services (BC2060 I.2(2)). Duties of MPS; the integrator's sign-in is implied",
      vi: 'VNeID: Bộ Công an hoàn thiện ứng dụng và cấp tài khoản (CT05 B6), đẩy mạnh tài khoản định danh điện tử "mức 2" (TB299 III.4c) và hiển thị giấy tờ cá nhân trên VNeID (CV452 3, gạch đầu dòng thứ 4); công dân dùng tài khoản định danh điện tử do Bộ Công an cấp để thực hiện dịch vụ công trực tuyến (BC2060 I.2(2)). Đây là nhiệm vụ của Bộ Công an; việc đăng nhập qua VNeID ở hệ thống tích hợp được suy ra từ đó',
    },
    check: {
      en: 'Sign-in through a VNeID-like provider, with the assurance level respected. Harness assumption: the provider speaks OpenID Connect, and which procedures require level 2. Documents on VNeID: R-LOOK-8.',
      vi: 'Đăng nhập qua một nhà cung cấp định danh tương tự VNeID, tôn trọng mức độ bảo đảm của tài khoản. Giả định của bộ kiểm thử: nhà cung cấp dùng OpenID Connect, và danh sách thủ tục đòi hỏi tài khoản mức 2. Giấy tờ trên VNeID: xem R-LOOK-8.',
    },
    harnessAssumption: true,
  },
  {
    id: 'R-PORT-10',
    area: 'portal',
    kind: 'duty',
    sources: ['BTTTT 3'],
    title: {
      en: 'Provinces: at least 80% of procedures offered as online public services, and at least 80% of those end to end (BTTTT 3, by 08/2023, per Decree 42/2022)',
      vi: 'Cấp tỉnh: tối thiểu 80% thủ tục hành chính được cung cấp dưới dạng dịch vụ công trực tuyến, và tối thiểu 80% trong số đó là dịch vụ công trực tuyến toàn trình (BTTTT 3, hoàn thành tháng 8/2023, theo Nghị định 42/2022)',
    },
    check: {
      en: "Both ratios are computed from the system's published procedure catalogue; sampled end-to-end procedures run against the mocks from submission through payment to result with no in-person step.",
      vi: 'Cả hai tỷ lệ được tính từ danh mục thủ tục mà hệ thống công bố; các thủ tục toàn trình được chọn mẫu chạy với các hệ thống giả lập từ khi nộp hồ sơ, qua thanh toán, đến khi trả kết quả mà không có bước nào phải đến trực tiếp.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-11',
    area: 'portal',
    kind: 'pilot',
    sources: ['BTTTT 7'],
    title: {
      en: 'Pilot: some services, and some days, accept no paper (BTTTT 7, by 08/2023)',
      vi: 'Thí điểm: một số dịch vụ, một số ngày không tiếp nhận hồ sơ giấy (BTTTT 7, hoàn thành tháng 8/2023)',
    },
    check: {
      en: 'For a configured no-paper service or day, paper intake is refused or converted into an electronic dossier and the online path works; other services and days are unaffected.',
      vi: 'Với dịch vụ hoặc ngày được cấu hình không nhận hồ sơ giấy, hồ sơ giấy bị từ chối hoặc được chuyển thành hồ sơ điện tử và kênh trực tuyến vẫn hoạt động; các dịch vụ và ngày khác không bị ảnh hưởng.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-12',
    area: 'portal',
    kind: 'duty',
    sources: ['BTTTT 17'],
    title: {
      en: 'Procedure systems integrate and use the VNForm surveys (BTTTT 17, by 08/2023)',
      vi: 'Hệ thống giải quyết TTHC tích hợp và sử dụng các khảo sát trên VNForm (BTTTT 17, hoàn thành tháng 8/2023)',
    },
    check: {
      en: 'With a VNForm mock: on completion the system offers the survey carrying the procedure and dossier reference, and reads the survey results back.',
      vi: 'Với VNForm giả lập: khi hồ sơ hoàn tất, hệ thống mời người dân khảo sát kèm mã thủ tục và mã hồ sơ, và đọc lại được kết quả khảo sát.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-13',
    area: 'portal',
    kind: 'derived',
    sources: ['TB299 III.3b', 'CT05 A9'],
    title: {
      en: 'Digital signatures tied to e-identity ("chữ ký số gắn với định danh điện tử"; TB299 III.3b, a MIC regulatory task); signing on mobile devices (CT05 A9; see R-PORT-7)',
      vi: '"Chữ ký số gắn với định danh điện tử" (TB299 III.3b, nhiệm vụ xây dựng quy định của Bộ Thông tin và Truyền thông); ký số trên thiết bị di động (CT05 A9; xem R-PORT-7)',
    },
    check: {
      en: "The signing certificate is tied to the VNeID-authenticated applicant (harness assumption: subject identifier = personal ID); another person's valid signature, or a certificate not tied to an e-ID, is refused or flagged.",
      vi: 'Chứng thư ký số gắn với người nộp hồ sơ đã xác thực qua VNeID (giả định của bộ kiểm thử: định danh chủ thể của chứng thư là số định danh cá nhân); chữ ký hợp lệ nhưng của người khác, hoặc chứng thư không gắn với định danh điện tử, bị từ chối hoặc bị đánh dấu.',
    },
    harnessAssumption: true,
  },
  {
    id: 'R-PORT-14',
    area: 'portal',
    kind: 'duty',
    sources: ['CT05 B15', 'CT05 C7', 'CT05 A13', 'TB299 III.2c'],
    title: {
      en: 'Social benefits from the state budget paid to the accounts of 100% of beneficiaries who registered a bank, e-wallet or mobile-money account (CT05 B15, Labour, from 02/2023; C7, provinces, from 02/2023; A13; TB299 III.2c, pensions)',
      vi: 'Chi trả trợ cấp an sinh xã hội từ ngân sách nhà nước qua tài khoản cho 100% người thụ hưởng đã đăng ký tài khoản ngân hàng, ví điện tử hoặc tài khoản Mobile Money (CT05 B15, Bộ Lao động - Thương binh và Xã hội, từ tháng 2/2023; C7, cấp tỉnh, từ tháng 2/2023; A13; TB299 III.2c, lương hưu)',
    },
    check: {
      en: 'Every budget-funded benefit (including the R-LT-2 funeral allowance) to a beneficiary with a registered account is paid there, holder = personal ID, with no cash payout; the report shows the account-payment rate (target 100%).',
      vi: 'Mọi khoản trợ cấp từ ngân sách (kể cả trợ cấp mai táng phí ở R-LT-2) cho người thụ hưởng đã đăng ký tài khoản đều được chi vào tài khoản đó, chủ tài khoản trùng với số định danh cá nhân, không chi tiền mặt; báo cáo nêu tỷ lệ chi trả qua tài khoản (mục tiêu 100%).',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-15',
    area: 'portal',
    kind: 'duty',
    sources: ['CT05 B12', 'CT05 B6'],
    title: {
      en: 'Basic fields of the e-health book shown on VNeID (CT05 B12, Health with VSS and MPS, by 03/2023); 70% of e-health records integrated and shown on at least 30 million VNeID accounts (CT05 B6)',
      vi: 'Hiển thị các thông tin cơ bản của sổ sức khỏe điện tử trên VNeID (CT05 B12, Bộ Y tế phối hợp với BHXH Việt Nam và Bộ Công an, hoàn thành tháng 3/2023); 70% hồ sơ sức khỏe điện tử được tích hợp, hiển thị trên ít nhất 30 triệu tài khoản VNeID (CT05 B6)',
    },
    check: {
      en: 'A health-record source (the social-insurance mock) pushes only the agreed basic fields to the VNeID mock by personal ID; updates propagate; the harness reports coverage.',
      vi: 'Nguồn hồ sơ sức khỏe (hệ thống BHXH giả lập) chỉ đẩy các trường cơ bản đã thống nhất sang VNeID giả lập theo số định danh cá nhân; các thay đổi được cập nhật theo; bộ kiểm thử báo cáo tỷ lệ bao phủ.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-16',
    area: 'portal',
    kind: 'derived',
    sources: ['CT05 A9'],
    title: {
      en: 'Study and organise procedures handled regardless of administrative boundary ("không phụ thuộc vào địa giới hành chính"; CT05 A9). A study-and-organise duty; the harness checks the behaviour it implies',
      vi: 'Nghiên cứu, tổ chức giải quyết thủ tục hành chính "không phụ thuộc vào địa giới hành chính" (CT05 A9). Đây là nhiệm vụ nghiên cứu, tổ chức thực hiện; bộ kiểm thử kiểm tra hành vi được suy ra từ đó',
    },
    check: {
      en: 'An applicant whose NPD residence is in another province can file and get a result wherever the procedure allows; the system does the same NPD lookups and demands no local residence papers.',
      vi: 'Người nộp hồ sơ có nơi cư trú (theo CSDLQG về dân cư) ở tỉnh khác vẫn nộp hồ sơ và nhận được kết quả ở bất cứ nơi nào thủ tục cho phép; hệ thống tra cứu CSDLQG về dân cư như với mọi người khác và không đòi giấy tờ cư trú tại địa phương.',
    },
    harnessAssumption: false,
  },
  {
    id: 'R-PORT-17',
    area: 'portal',
    kind: 'duty',
    sources: ['CT05 A8', 'BC2060 II.3', 'CV452 4'],
    title: {
      en: 'Digitise dossiers and results as part of handling the procedure (CT05 A8); digitise results and update them into the dossier data warehouse (BC2060 II.3); sign strictly (CV452 4)',
      vi: 'Số hóa hồ sơ, kết quả trong quá trình giải quyết thủ tục hành chính (CT05 A8); số hóa kết quả và cập nhật vào kho dữ liệu hồ sơ (BC2060 II.3); thực hiện ký số nghiêm túc (CV452 4)',
    },
    check: {
      en: 'Every final result is an agency-signed electronic document in the warehouse (R-PORT-3) when issued; a paper-intake dossier has an electronic copy before it is processed.',
      vi: 'Mỗi kết quả cuối cùng khi ban hành là văn bản điện tử có chữ ký số của cơ quan và được lưu trong kho dữ liệu (R-PORT-3); hồ sơ tiếp nhận bằng giấy có bản điện tử trước khi được xử lý.',
    },
    harnessAssumption: false,
  },

  // Interconnected procedures (liên thông)
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

/**
 * The requirement catalogue: every row of `docs/REQUIREMENTS.md`, in catalogue order.
 * @see docs/REQUIREMENTS.md
 */
export const requirements: readonly Requirement[] = rows;

/** A requirement ID that the catalogue holds (narrower than `RequirementId`, which only has the ID's shape). */
export type CatalogueId = (typeof rows)[number]['id'];

const byId: ReadonlyMap<string, Requirement> = new Map(requirements.map((r) => [r.id, r]));

/** The catalogue row of an ID, or undefined when the catalogue has no such row. */
export function requirementById(id: string): Requirement | undefined {
  return byId.get(id);
}

/** True when the ID is a row of the catalogue. */
export function isRequirementId(id: string): id is RequirementId {
  return byId.has(id);
}

/** The areas in catalogue order, with the headings of REQUIREMENTS.md and their Vietnamese names. */
export const areas: readonly { readonly id: Requirement['area']; readonly title: { readonly en: string; readonly vi: string } }[] = [
  { id: 'connection', title: { en: 'Connection and security', vi: 'Kết nối và bảo đảm an toàn' } },
  { id: 'lookup', title: { en: 'Lookup and verification', vi: 'Tra cứu và xác thực' } },
  { id: 'matching', title: { en: 'Data matching and cleansing', vi: 'Đối soát và làm sạch dữ liệu' } },
  { id: 'portal', title: { en: 'Portal, dossiers and data reuse', vi: 'Cổng Dịch vụ công, hồ sơ và tái sử dụng dữ liệu' } },
  { id: 'lien-thong', title: { en: 'Interconnected procedures (liên thông)', vi: 'Thủ tục liên thông' } },
];

/** How each kind counts, in both report languages. */
export const kindLabels: Readonly<Record<RequirementKind, { readonly en: string; readonly vi: string }>> = {
  duty: { en: 'duty', vi: 'nghĩa vụ' },
  derived: { en: 'derived', vi: 'suy ra' },
  pilot: { en: 'pilot', vi: 'thí điểm' },
  calibration: { en: 'calibration', vi: 'hiệu chỉnh' },
};

/** Each requirement with the IDs of the scenarios citing it, in catalogue order; an empty list means uncovered. */
export function coverage(scenarios: readonly Scenario[]): { readonly requirement: Requirement; readonly scenarios: string[] }[] {
  return requirements.map((requirement) => ({
    requirement,
    scenarios: scenarios.filter((s) => s.requirements.includes(requirement.id)).map((s) => s.id),
  }));
}
