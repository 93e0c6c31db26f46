BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Send-ImgurReport' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $item = Get-ImgurGallery | Where-Object CommentCount -GT 0 | Select-Object -First 1
        Clear-EmulatorRequest
    }

    It 'reports a gallery item and a comment on their routes' {
        $comment = Get-ImgurGalleryComment $item.GalleryId | Select-Object -First 1
        Clear-EmulatorRequest

        $item | Send-ImgurReport -Reason Spam -Confirm:$false
        $comment | Send-ImgurReport -Reason Abusive -Confirm:$false

        $requests = Get-EmulatorRequest
        $requests.path | Should -Be @("/3/gallery/image/$($item.GalleryId)/report.json", "/3/comment/$($comment.CommentId)/report.json")
        $requests.status | Should -Be @(200, 200)
    }

    It 'reports a user through the conversations route' {
        Send-ImgurReport -Username emu-other -Confirm:$false
        (Get-EmulatorRequest).path | Should -Be '/3/conversations/report/emu-other.json'
    }

    It 'sends nothing with -WhatIf' {
        Send-ImgurReport -GalleryId 'AbC1234' -Reason Spam -WhatIf
        Send-ImgurReport -CommentId 1 -WhatIf
        Send-ImgurReport -Username someone -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'takes only Imgur''s five reasons, completed on Tab' {
        { Send-ImgurReport -GalleryId 'AbC1234' -Reason Boring -WhatIf -ErrorAction Stop } | Should -Throw -ErrorId 'CannotConvertArgumentNoMessage*'
        $line = 'Send-ImgurReport -GalleryId x -Reason '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Contain 'MatureNotMarked'
    }

    It 'reports an unknown comment as an error' {
        Send-ImgurReport -CommentId 1 -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}
