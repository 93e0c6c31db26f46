BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurAccountBlock, Block-ImgurAccount and Unblock-ImgurAccount' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        # Someone who comments in the gallery is a user the emulator knows.
        $other = (Get-ImgurGallery | Select-Object -First 1).AccountUrl
        Clear-EmulatorRequest
    }

    It 'blocks, lists, asks and unblocks a user' {
        $blocked = Block-ImgurAccount -Username $other -PassThru -Confirm:$false
        $list = Get-ImgurAccountBlock
        $status = Get-ImgurAccountBlock -Username $other
        $list | Unblock-ImgurAccount -Confirm:$false
        $after = Get-ImgurAccountBlock -Username $other

        $blocked.Blocked | Should -BeTrue
        $list.Username | Should -Contain $other
        $status | Should -BeOfType ImgurPS.Models.ImgurBlockStatus
        $status.Blocked | Should -BeTrue
        $after.Blocked | Should -BeFalse
        $requests = Get-EmulatorRequest
        ($requests | Where-Object path -Like '/account/v1/*').method | Select-Object -First 1 | Should -Be 'POST'
        ($requests | Where-Object path -Like '/3/account/me/block*').path | Should -Be '/3/account/me/block.json'
    }

    It 'lists every blocked user, following the cursor from page to page' {
        # 20 gallery posters and the seeded emu-blocked: more than the 20 of one page.
        $posters = Get-ImgurGallery -All | Select-Object -ExpandProperty AccountUrl -Unique
        $posters | Should -HaveCount 20
        $posters | Block-ImgurAccount -Confirm:$false
        Clear-EmulatorRequest

        $list = Get-ImgurAccountBlock

        $list | Should -HaveCount 21
        $list.Username | Should -Contain 'emu-blocked'
        $pages = Get-EmulatorRequest | Where-Object path -Like '/3/account/me/block*'
        $pages.query | Should -Be '', 'cursor=20'
    }

    It 'gives the same block list in XML' {
        Block-ImgurAccount -Username $other -Confirm:$false
        (Get-ImgurAccountBlock -Format Xml | ConvertTo-Comparable) | Should -Be (Get-ImgurAccountBlock | ConvertTo-Comparable)
    }

    It 'blocks only messages with -Messaging' {
        Block-ImgurAccount -Username $other -Messaging -Confirm:$false
        (Get-EmulatorRequest).path | Should -Be "/3/conversations/block/$other.json"
    }

    It 'sends nothing with -WhatIf' {
        Block-ImgurAccount -Username someone -WhatIf
        Block-ImgurAccount -Username someone -Messaging -WhatIf
        Unblock-ImgurAccount -Username someone -WhatIf
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'reports an unknown user as ObjectNotFound' {
        $null = Get-ImgurAccountBlock -Username 'no-such-user-here' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'no-such-user-here'
    }

    It 'reports unblocking an unknown user as ObjectNotFound' {
        Unblock-ImgurAccount -Username 'no-such-user-here' -Confirm:$false -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Get-ImgurAccountBlock -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        { Block-ImgurAccount -Username someone -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Get-ImgurAccountBlock against a server whose cursor never ends' {
    BeforeAll {
        Import-Module (Join-Path $PSScriptRoot 'ReplayServer.psm1') -Force
        $server = Start-ReplayServer
    }

    AfterAll { Stop-ReplayServer $server }

    It 'stops when a cursor comes back a second time' {
        $null = Connect-Imgur -AccessToken (ConvertTo-SecureString 'token' -AsPlainText -Force) -BaseUri $server.Uri
        $page = '{"data":{"items":[{"url":"someone"}],"next":"same"},"success":true,"status":200}'
        Set-ReplayAnswer $server -Body ([Text.Encoding]::UTF8.GetBytes($page)) -Status 200 -ContentType 'application/json'

        $list = Get-ImgurAccountBlock

        $list | Should -HaveCount 2
        (Get-ReplayRequest $server).Query | Should -Be '', '?cursor=same'
    }
}
