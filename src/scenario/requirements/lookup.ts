import type { Requirement } from '../types.js';

/** The rows of docs/REQUIREMENTS.md under "Lookup and verification", in English and Vietnamese. */
export const lookupRows = [
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
] as const satisfies readonly Requirement[];
