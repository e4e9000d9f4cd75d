import type { Requirement } from '../types.js';

/** The rows of docs/REQUIREMENTS.md under "Portal, dossiers and data reuse", in English and Vietnamese. */
export const portalRows = [
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
] as const satisfies readonly Requirement[];
