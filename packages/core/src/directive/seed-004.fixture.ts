/**
 * A district People's Committee letter turning a provincial plan into tasks (2024), as extracted from the PDF and kept verbatim:
 * lines broken mid-sentence, stray spaces, a blank line after every line. Copied from seeds/004_fa0cdfea90492999.txt.
 */
export const SEED_004 = ` Kính gửi:                

- Các cơ quan, đơn vị thuộc huyện; 

- Ủy ban nhân dân các xã. 
  

Thực hiện Công văn số 2183/UBND-KGVX ngày 24/06/2024 của Ủy ban 

nhân dân tỉnh Kon Tum về triển khai thực hiện Quyết định số 281/QĐ-TTg của Thủ 

tướng Chính phủ về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động của 

y tế cơ sở trong tình hình mới. Ủy ban nhân dân huyện có ý kiến như sau:  

1. Thủ trưởng các cơ quan, đơn vị thuộc huyện; Chủ tịch Ủy ban nhân dân các 

xã: 

- Tiếp tục quán triệt và triển khai thực hiện có hiệu quả các nội dung chỉ đạo 

của Ban Thường vụ Tỉnh ủy tại Kế hoạch số 124-KH/TU ngày 26/01/2024; Kế hoạch 

số 110/KH-UBND ngày 27/6/2024 của Ủy ban nhân dân huyện(1). Nâng cao vai trò, 

trách nhiệm của người đứng đầu trong lãnh đạo nâng cao chất lượng hoạt động của 

y tế cơ sở ở địa phương, đơn vị và nội dung, nhiệm vụ được phân công phụ trách. 

- Tăng cường lãnh đạo, chỉ đạo, kiểm tra, giám sát trong thực hiện nhiệm vụ 

được giao; nâng cao chất lượng hoạt động và tạo thuận lợi cho người dân trong tiếp 

cận, sử dụng dịch vụ y tế cơ sở, nhất là người dân ở vùng sâu, vùng xa, vùng đồng 

bào dân tộc thiểu số gắn với mục tiêu bảo đảm công bằng trong bảo vệ, chăm sóc và 

nâng cao sức khoẻ Nhân dân. 

2. Trung tâm Y tế huyện; Ủy ban nhân dân các xã theo chức năng nhiệm vụ: 

- Thường xuyên tuyên truyền, vận động, nâng cao nhận thức, trách nhiệm cho 

cán bộ, đảng viên và Nhân dân với phương châm phòng bệnh hơn chữa bệnh, yêu 

cầu của công tác chăm sóc sức khoẻ ban đầu và vai trò, nhiệm vụ của y tế cơ sở. Mở 

rộng và đa dạng hoá các hoạt động truyền thông, giáo dục sức khoẻ, phổ biến kiến 

thức để nâng cao nhận thức, thay đổi hành vi trong bảo vệ, chăm sóc, nâng cao sức 

                                           
(1) về Triển khai thực hiện Kế hoạch số 906/KH-UBND ngày 19/3/2024 của Ủy ban nhân dân tỉnh Kon Tum 

về triển khai Kế hoạch số 124-KH/TU ngày 26/01/2024 của Ban Thường vụ Tỉnh ủy thực hiện Chỉ thị số 25-CT/TW 

ngày 25/10/2023 của Ban Bí thư Trung ương Đảng về tiếp tục củng cố, hoàn thiện, nâng cao chất lượng hoạt động 

của y tế cơ sở trong tình hình mới. 



khoẻ. 

- Thực hiện quản lý sức khoẻ người dân tại gia đình và cộng đồng. Thực hiện 

việc chuyển tuyến chuyên môn trong khám bệnh, chữa bệnh phù hợp với quy định 

của Luật Khám bệnh, chữa bệnh bảo đảm thực hiện hiệu quả chủ trương phát triển 

y tế cơ sở và chăm sóc sức khỏe ban đầu. 

- Thực hiện các chính sách, pháp luật về y tế cơ sở đồng bộ với chính sách, 

pháp luật về bảo hiểm y tế, khám bệnh, chữa bệnh, dược, phòng, chống bệnh truyền 

nhiễm, an toàn thực phẩm... bảo đảm y tế cơ sở giữ vai trò tuyến đầu trong bảo vệ, 

chăm sócvà nâng cao sức khoẻ Nhân dân.  

- Bảo đảm chế độ tiền lương, phụ cấp và các chế độ đãi ngộ khác theo quy 

định của pháp luật cho nhân lực y tế cơ sở. 

3. Các cơ quan, đơn vị được phân công chủ trì thực hiện các nội dung, nhiệm 

vụ cụ thể tại Kế hoạch số 110/KH-UBND ngày 27/6/2024 của Ủy ban nhân dân 

huyện và Văn bản này có trách nhiệm: (1) Chủ động sắp xếp, bố trí kinh phí trong 

nguồn ngân sách được giao và các nguồn kinh phí hợp pháp khác theo quy định của 

Luật Ngân sách nhà nước và các văn bản hướng dẫn có liên quan để thực hiện; (2) 

định kỳ hằng năm hoặc đột xuất báo cáo kết quả thực hiện nhiệm vụ gửi Văn phòng 

HĐND-UBND huyện để tổng hợp, báo cáo Sở Y tế, và Ủy ban nhân dân tỉnh theo 

quy định. 

Yêu cầu các cơ quan, đơn vị, địa phương triển khai thực hiện./. 
 

Nơi nhận:  
- Như trên; 

- Chủ tịch, các PCT UBND huyện; 

- Trung tâm Y tế; 

- Lưu: VT-LT. 

TM. ỦY BAN NHÂN DÂN 

KT. CHỦ TỊCH 

PHÓ CHỦ TỊCH 
 `;
