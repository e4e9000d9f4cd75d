/** A field a citizen typed on the paper form before the reform. */
export interface BaselineField {
  readonly key: string;
  readonly label: string;
}

/** A pre-reform form (R-PORT-2's baseline): the fields a citizen declared by hand. */
export interface BaselineForm {
  readonly MaTTHC: string;
  readonly TenTTHC: string;
  /** The paper form the field list follows (abridged: signatures, dates of signing and office-use boxes left out). */
  readonly source: string;
  /** True when the code was seen in public data about the national catalogue; false for a plausible code vn06 chose. */
  readonly codeVerified: boolean;
  readonly fields: readonly BaselineField[];
}

const f = (key: string, label: string): BaselineField => ({ key, label });

const requester = [
  f('requesterFullName', 'Họ, chữ đệm, tên người yêu cầu'),
  f('requesterIdNumber', 'Số giấy tờ tùy thân của người yêu cầu'),
  f('requesterResidence', 'Nơi cư trú của người yêu cầu'),
  f('requesterRelationship', 'Quan hệ với người được đăng ký'),
];

const parent = (who: 'mother' | 'father', vi: string) => [
  f(`${who}FullName`, `Họ, chữ đệm, tên ${vi}`),
  f(`${who}DateOfBirth`, `Ngày, tháng, năm sinh của ${vi}`),
  f(`${who}Ethnicity`, `Dân tộc của ${vi}`),
  f(`${who}Nationality`, `Quốc tịch của ${vi}`),
  f(`${who}Residence`, `Nơi cư trú của ${vi}`),
  f(`${who}IdNumber`, `Số giấy tờ tùy thân của ${vi}`),
];

const person = [
  f('fullName', 'Họ, chữ đệm và tên'),
  f('dateOfBirth', 'Ngày, tháng, năm sinh'),
  f('sex', 'Giới tính'),
  f('idNumber', 'Số định danh cá nhân / CMND'),
  f('phone', 'Số điện thoại'),
  f('email', 'Email'),
];

const residenceChange = [
  ...person,
  f('householdHeadFullName', 'Họ, chữ đệm và tên chủ hộ'),
  f('relationshipToHead', 'Mối quan hệ với chủ hộ'),
  f('householdHeadIdNumber', 'Số định danh cá nhân của chủ hộ'),
  f('householdBookNumber', 'Số sổ hộ khẩu / sổ tạm trú'),
  f('requestContent', 'Nội dung đề nghị'),
  f('householdMembers', 'Những thành viên trong hộ gia đình cùng thay đổi'),
];

/**
 * Baseline forms of real procedures, as vn06 reads the pre-reform paper forms (Thông tư 04/2020/TT-BTP civil-status
 * forms, Thông tư 55/2021/TT-BCA CT01/CT07, the TK1-TS social-insurance declaration, the driving-licence and
 * criminal-record applications). Codes marked unverified are plausible, not checked against the national catalogue.
 */
export const baselineForms: readonly BaselineForm[] = [
  {
    MaTTHC: '1.001193',
    TenTTHC: 'Đăng ký khai sinh',
    source: 'Tờ khai đăng ký khai sinh (TT 04/2020/TT-BTP)',
    codeVerified: true,
    fields: [
      ...requester,
      f('childFullName', 'Họ, chữ đệm, tên người được khai sinh'),
      f('childDateOfBirth', 'Ngày, tháng, năm sinh'),
      f('childSex', 'Giới tính'),
      f('childPlaceOfBirth', 'Nơi sinh'),
      f('childEthnicity', 'Dân tộc'),
      f('childNationality', 'Quốc tịch'),
      f('childHometown', 'Quê quán'),
      ...parent('mother', 'người mẹ'),
      ...parent('father', 'người cha'),
    ],
  },
  { MaTTHC: '1.004222', TenTTHC: 'Đăng ký thường trú', source: 'CT01 Tờ khai thay đổi thông tin cư trú (TT 55/2021/TT-BCA)', codeVerified: true, fields: [...residenceChange, f('newPermanentAddress', 'Địa chỉ đăng ký thường trú')] },
  {
    MaTTHC: '1.004194',
    TenTTHC: 'Đăng ký tạm trú',
    source: 'CT01 Tờ khai thay đổi thông tin cư trú (TT 55/2021/TT-BCA)',
    codeVerified: true,
    fields: [...residenceChange, f('temporaryAddress', 'Địa chỉ đăng ký tạm trú'), f('stayUntil', 'Thời hạn tạm trú')],
  },
  {
    MaTTHC: '1.004227',
    TenTTHC: 'Xác nhận thông tin về cư trú',
    source: 'Yêu cầu xác nhận thông tin về cư trú (CT07, TT 55/2021/TT-BCA)',
    codeVerified: false,
    fields: [...person, f('permanentAddress', 'Nơi thường trú'), f('currentAddress', 'Nơi ở hiện tại'), f('householdBookNumber', 'Số sổ hộ khẩu'), f('purpose', 'Mục đích xác nhận')],
  },
  {
    MaTTHC: '1.011996',
    TenTTHC: 'Cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi',
    source: 'TK1-TS Tờ khai tham gia, điều chỉnh thông tin BHXH, BHYT',
    codeVerified: false,
    fields: [
      f('childFullName', 'Họ và tên trẻ'),
      f('childDateOfBirth', 'Ngày sinh'),
      f('childSex', 'Giới tính'),
      f('childIdNumber', 'Số định danh cá nhân của trẻ'),
      f('birthCertificateNumber', 'Số giấy khai sinh'),
      f('motherFullName', 'Họ và tên mẹ'),
      f('motherIdNumber', 'Số định danh cá nhân của mẹ'),
      f('fatherFullName', 'Họ và tên cha'),
      f('address', 'Địa chỉ nhận kết quả'),
      f('phone', 'Số điện thoại'),
      f('primaryClinic', 'Nơi đăng ký khám chữa bệnh ban đầu'),
    ],
  },
  {
    MaTTHC: '1.000656',
    TenTTHC: 'Đăng ký khai tử',
    source: 'Tờ khai đăng ký khai tử (TT 04/2020/TT-BTP)',
    codeVerified: true,
    fields: [
      ...requester,
      f('deceasedFullName', 'Họ, chữ đệm, tên người đã chết'),
      f('deceasedDateOfBirth', 'Ngày, tháng, năm sinh'),
      f('deceasedSex', 'Giới tính'),
      f('deceasedEthnicity', 'Dân tộc'),
      f('deceasedNationality', 'Quốc tịch'),
      f('deceasedIdNumber', 'Số giấy tờ tùy thân'),
      f('deceasedResidence', 'Nơi cư trú cuối cùng'),
      f('dateOfDeath', 'Thời gian chết'),
      f('placeOfDeath', 'Nơi chết'),
      f('causeOfDeath', 'Nguyên nhân chết'),
      f('deathNoticeNumber', 'Số giấy báo tử'),
    ],
  },
  {
    MaTTHC: '1.001731',
    TenTTHC: 'Trợ cấp mai táng',
    source: 'Tờ khai đề nghị hưởng trợ cấp mai táng (a funeral-support code seen in public data; the social-insurance allowance may carry another)',
    codeVerified: true,
    fields: [
      f('deceasedFullName', 'Họ và tên người đã chết'),
      f('deceasedIdNumber', 'Số định danh cá nhân của người đã chết'),
      f('deceasedSocialInsuranceNumber', 'Mã số BHXH'),
      f('dateOfDeath', 'Ngày chết'),
      f('claimantFullName', 'Họ và tên người đề nghị'),
      f('claimantIdNumber', 'Số định danh cá nhân của người đề nghị'),
      f('claimantRelationship', 'Quan hệ với người đã chết'),
      f('claimantAddress', 'Địa chỉ'),
      f('claimantPhone', 'Số điện thoại'),
      f('bankAccountNumber', 'Số tài khoản'),
      f('bankName', 'Ngân hàng'),
    ],
  },
  {
    MaTTHC: '1.002804',
    TenTTHC: 'Đổi giấy phép lái xe',
    source: 'Đơn đề nghị đổi, cấp lại giấy phép lái xe',
    codeVerified: false,
    fields: [
      ...person.slice(0, 4),
      f('nationality', 'Quốc tịch'),
      f('idIssueDate', 'Ngày cấp giấy tờ tùy thân'),
      f('idIssuePlace', 'Nơi cấp giấy tờ tùy thân'),
      f('residence', 'Nơi cư trú'),
      f('licenceNumber', 'Số giấy phép lái xe'),
      f('licenceClass', 'Hạng giấy phép lái xe'),
      f('licenceIssueDate', 'Ngày cấp giấy phép lái xe'),
      f('licenceIssuer', 'Cơ quan cấp giấy phép lái xe'),
      f('healthCheckCertificate', 'Giấy khám sức khỏe của người lái xe'),
    ],
  },
  {
    MaTTHC: '2.000488',
    TenTTHC: 'Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam',
    source: 'Tờ khai yêu cầu cấp Phiếu lý lịch tư pháp',
    codeVerified: false,
    fields: [
      f('fullName', 'Họ và tên'),
      f('otherNames', 'Tên gọi khác'),
      f('dateOfBirth', 'Ngày, tháng, năm sinh'),
      f('sex', 'Giới tính'),
      f('placeOfBirth', 'Nơi sinh'),
      f('nationality', 'Quốc tịch'),
      f('ethnicity', 'Dân tộc'),
      f('idNumber', 'Số định danh cá nhân / CMND'),
      f('idIssueDate', 'Ngày cấp'),
      f('idIssuePlace', 'Nơi cấp'),
      f('permanentAddress', 'Nơi thường trú'),
      f('temporaryAddress', 'Nơi tạm trú'),
      f('fatherFullName', 'Họ và tên cha'),
      f('motherFullName', 'Họ và tên mẹ'),
      f('spouseFullName', 'Họ và tên vợ/chồng'),
      f('phone', 'Số điện thoại'),
      f('email', 'Email'),
      f('residenceHistory', 'Quá trình cư trú từ khi đủ 14 tuổi'),
      f('purpose', 'Mục đích yêu cầu cấp Phiếu'),
      f('certificateType', 'Loại Phiếu (số 1 / số 2)'),
      f('copies', 'Số lượng Phiếu yêu cầu cấp'),
    ],
  },
];
