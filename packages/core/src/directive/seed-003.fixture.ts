/**
 * Conference conclusions of the Department of Health (Thông báo kết luận, July 2022), as extracted from the PDF and kept verbatim:
 * lines broken mid-sentence, stray spaces, a blank line after every line. Copied from seeds/003_403f78e958e18f73.txt.
 */
export const SEED_003 = ` THÔNG BÁO 

Kết luận của Lãnh đạo Sở Y tế tại Hội nghị trực tuyến 

đánh giá công tác 6 tháng đầu năm và triển khai nhiệm vụ 

công tác 6 tháng cuối năm 2022 của ngành Y tế 

 

 Ngày 13/7/2022, Sở Y tế tổ chức Hội nghị trực tuyến đánh giá công tác 6 

tháng đầu năm và triển khai nhiệm vụ công tác 6 tháng cuối năm 2022, Hội nghị 

do Giám đốc Sở và các Phó Giám đốc Sở chủ trì. Sau khi nghe ý kiến tham gia 

của Lãnh đạo các đơn vị trực thuộc Sở và các đại biểu dự họp; Lãnh đạo Sở Y tế 

có ý kiến kết luận, chỉ đạo một số nhiệm vụ trọng tâm trong 6 tháng cuối năm 

2022 như sau: 

1. Công tác phòng, chống dịch bệnh và y tế dự phòng 

- Tiếp tục theo dõi bám sát diễn biến dịch bệnh Covid-19 để đánh giá và 

dự báo tình hình dịch, sẵn sàng các kịch bản phòng, chống dịch không để bị 

động, bất ngờ; hoàn thành việc tiêm vắc xin phòng Covid-19 cho các nhóm đối 

tượng trên địa bàn tỉnh theo kế hoạch. 

- Tăng cường các biện pháp phòng chống dịch bệnh sốt xuất huyết, xử lý 

dứt điểm các ổ dịch nhỏ không để lây lan, chuẩn bị đầy đủ nhân lực, thuốc, dịch 

truyền, vật tư, hoá chất diệt muỗi. Các Trung tâm y tế huyện, thị, thành phố chủ 

động tham mưu cho chính quyền địa phương chỉ đạo công tác thông tin, tuyên 

truyền, huy động nhân lực, phương tiện diệt bọ gậy, loăng quăng, muỗi. Chú 

trọng việc phát hiện các ca bệnh đậu mùa khỉ, viêm gan virus cấp và các bệnh 

dịch khác. 

- Thực hiện tốt công tác tiêm chủng mở rộng nhằm đạt được chỉ tiêu đề ra. 

Cung cấp đầy đủ, có chất lượng các dịch vụ chăm sóc sức khỏe sinh sản, hạn 

chế tai biến sản khoa và giảm tử vong bà mẹ, trẻ em. Tăng cường phối hợp liên 

ngành thực hiện các can thiệp về vệ sinh, dinh dưỡng nhằm giảm bền vững tỷ lệ 

trẻ dưới 5 tuổi bị suy dinh dưỡng. 

- Chuẩn bị tốt Phương án phòng chống, ứng phó với thiên tai, bão lụt năm 

2022. 

- Đảm bảo công tác an toàn vệ sinh thực phẩm, dân số - KHHGĐ, phòng 

chống HIV/AIDS. Thực hiện tốt các hoạt động vệ sinh môi trường, vệ sinh lao 

động, xử lý chất thải y tế, bảo vệ môi trường trong ngành Y tế theo quy định 

hiện hành. 

2. Công tác khám bệnh, chữa bệnh 

- Tăng cường triển khai các giải pháp để nâng cao chất lượng khám bệnh, 

chữa bệnh và đảm bảo các điều kiện phục vụ người bệnh; đi đôi với giáo dục 
 nâng cao y đức, đổi mới phong cách, thái độ phục vụ, của viên chức, nhân viên 

y tế và xây dựng cơ sở y tế xanh - sạch - đẹp, an toàn, văn minh. 

- Đẩy mạnh cung ứng các dịch vụ y tế và chăm sóc sức khỏe ban đầu tại 

tuyến y tế cơ sở. Tăng cường việc nghiên cứu và ứng dụng khoa học kỹ thuật, áp 

dụng sáng kiến cải tiến vào chẩn đoán và điều trị bệnh. 

- Các bệnh viện đa khoa tuyến tỉnh triển khai thực hiện bệnh án điện tử 

theo lộ trình do Bộ Y tế quy định.  

- Nhân viên y tế thực hiện việc khám bệnh, chữa bệnh theo chứng chỉ 

hành nghề được cấp và theo các quy định của Bộ Y tế. Các cơ sở khám bệnh, 

chữa bệnh phối hợp với Bảo hiểm xã hội tỉnh tăng cường công tác giám định hồ 

sơ bệnh án khám, chữa bệnh bảo hiểm y tế đúng quy định. 

3. Công tác đầu tư cơ sở hạ tầng, quản lý dược và trang thiết bị y tế 

- Bệnh viện ĐKKV Bồng Sơn khẩn trương bàn giao mặt bằng để thi công 

xây dựng công trình Khoa Truyền nhiễm. 

- Thực hiện tốt công tác đấu thầu mua sắm thuốc, trang thiết bị y tế. Bảo 

đảm cung ứng đủ thuốc, vật tư, hóa chất,... phục vụ cho khám chữa bệnh, phòng 

chống dịch và dự phòng. Triển khai đúng các quy định về trình tự, thủ tục hồ sơ 

trong công tác đấu thầu mua sắm thuốc, vật tư, trang thiết bị y tế. 

- Khẩn trương rà soát, bổ sung đầy đủ hồ sơ các trang thiết bị y tế phục 

phục khám, chữa bệnh bảo hiểm y tế cung cấp cho Bảo hiểm xã hội tỉnh theo 

hợp đồng khám, chữa bệnh bảo hiểm y tế. 

- Hoàn thiện Đề án nâng cao năng lực y tế cơ sở giai đoạn 2022 - 2025 để 

trình Hội đồng nhân dân tỉnh. 

4. Công tác tổ chức bộ máy, nhân lực y tế 

- Tiếp tục tăng cường việc chấp hành kỷ luật, kỷ cương hành chính nhà 

nước trong cơ quan, đơn vị; tăng cường công tác quản lý, chỉ đạo, điều hành 

trong thực thi nhiệm vụ, công vụ trong đó phát huy vai trò, trách nhiệm của 

người đứng đầu. 

- Hoản thành việc trình UBND tỉnh ban hành quy định chức năng, nhiệm 

vụ, quyền hạn và cơ cấu tổ chức của các đơn vị trực thuộc Sở Y tế. 

- Triển khai thực hiện công tác tuyển dụng viên chức ngành y tế năm 

2022, kế hoạch tuyển dụng, thu hút bác sĩ, dược sĩ năm 2022; chuyển xếp lương 

đối với viên theo Thông tư số 03/2022/TT-BYT ngày 26/04/2022 của Bộ Y tế. 

- Thực hiện tốt công tác quy hoạch và bổ nhiệm, bổ nhiệm lại các chức 

danh lãnh đạo, quản lý. Nâng cao năng lực viên chức làm công tác tổ chức cán 

bộ trong việc tham mưu, thực hiện nhiệm vụ. 

- Tăng cường công tác bồi dưỡng, đào tạo nhằm đáp ứng yêu cầu về phát 

triển của từng đơn vị. 
 - Hoàn thành việc tham mưu UBND tỉnh trong việc xét, đề nghị tặng danh 

hiệu “Thầy thuốc Ưu tú”, “Thầy thuốc Nhân dân” lần thứ 14 theo kế hoạch của 

Bộ Y tế. 

5. Công tác quản lý tài chính y tế 

- Triển khai đúng tiến độ, hiệu quả việc thực hiện và giải ngân các hoạt 

động về dân số, y tế dự phòng năm 2022. 

- Thực hiện tốt việc thanh toán chi phí phòng chống dịch COVID-19 theo 

quy định. 

- Các đơn vị khẩn trương lập kế hoạch dự toán chi năm 2023 để trình Sở 

Y tế. 

- Hoàn thành công tác duyệt quyết toán năm 2021. 

- Chú trọng nâng cao năng lực cho đội ngũ công chức, viên chức làm 

công tác tài chính - kế toán. 

6. Một số nhiệm vụ khác 

- Thực hiện tốt các nhiệm vụ của công tác cải cách hành chính. 

- Thực hiện tốt công tác phòng cháy, chữa cháy tại các đơn vị. 

- Tăng cường công tác kiểm tra, thanh tra hoạt động y tế tư nhân. 

Yêu cầu Thủ trưởng các đơn vị nghiêm túc triển khai thực hiện./. 

 
    

 Nơi nhận: 
- Các đơn vị trực thuộc Sở; (thực hiện) 

- Lãnh đạo Sở; 

- Các Phòng, Thanh tra Sở;   

- Lưu VT, VP. 

TL. GIÁM ĐỐC 

CHÁNH VĂN PHÒNG 

 

 

 

 

 

Lương Thế Thiết 
 `;
