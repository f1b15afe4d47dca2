"""Names for the codes the records carry: head office's published reference data over the seed."""

from __future__ import annotations

from sqlalchemy import select

from branchdesk.domain.reference_seed import SEED
from branchdesk.headoffice.db import HeadOfficeStore
from branchdesk.headoffice.models import Branch, ReferenceCode

STATUS_ZH = {
    "registered": "登记", "accepted": "受理", "investigating": "调查核实", "decided": "处理决定",
    "notified": "已告知", "review": "核查", "mediation": "调解", "closed": "办结", "called_back": "回访",
    "archived": "归档", "withdrawn": "撤回", "merged": "合并", "not_handled": "不予处理",
}

ACTION_ZH = {
    "register": "登记", "accept": "受理", "investigate": "调查核实", "decide": "作出处理决定", "notify": "告知投诉人",
    "review": "申请核查", "mediate": "转调解", "close": "办结", "call_back": "回访", "archive": "归档",
    "withdraw": "撤回", "merge": "合并", "decline": "不予处理", "assign": "指派经办人",
    "conflict_declared": "申报利益冲突", "conflict_cleared": "利益冲突已排除", "extension_requested": "申请延期",
    "extension_approved": "批准延期", "extension_refused": "不批准延期", "pause": "暂停计时", "resume": "恢复计时",
    "new_facts": "补充事实", "attachment_added": "添加附件", "note_added": "添加备注",
}


class Labels:
    def __init__(self, codes: dict[tuple[str, str], str], branches: dict[str, str]):
        self._codes = codes
        self.branches = branches

    @classmethod
    def load(cls, store: HeadOfficeStore) -> "Labels":
        codes = {(c, k): zh for c, k, zh, *_rest in SEED}
        with store.session() as s:
            for c, k, zh in s.execute(select(ReferenceCode.category, ReferenceCode.code, ReferenceCode.label_zh_cn)):
                codes[(c, k)] = zh
            branches = dict(s.execute(select(Branch.code, Branch.name)).all())
        return cls(codes, branches)

    def code(self, category: str, code: str) -> str:
        if not code:
            return "（未分类）"
        return self._codes.get((category, code), code)

    def branch(self, code: str) -> str:
        name = self.branches.get(code)
        return f"{code} {name}" if name else code

    @staticmethod
    def action(code: str) -> str:
        return ACTION_ZH.get(code, code)

    @staticmethod
    def status(code: str) -> str:
        return STATUS_ZH.get(code, code)
