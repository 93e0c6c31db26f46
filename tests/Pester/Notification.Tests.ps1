BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurNotification and Set-ImgurNotification' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'Set-ImgurNotification gathers piped notifications into one request, and a single one into its own route' {
        $notifications = 5, 6 | ForEach-Object { [ImgurPS.Models.ImgurNotification]@{ Id = $_ } }
        $notifications | Set-ImgurNotification -Viewed -Confirm:$false -ErrorAction SilentlyContinue
        $notifications[0] | Set-ImgurNotification -Viewed -Confirm:$false -ErrorAction SilentlyContinue
        $requests = Get-EmulatorRequest
        $requests.method | Should -Be @('POST', 'POST')
        $requests.path | Should -Be @('/3/notification.json', '/3/notification/5.json')
    }

    It 'lists new notifications with typed content, and all of them with -IncludeViewed' {
        $new = Get-ImgurNotification
        $all = Get-ImgurNotification -IncludeViewed

        $all | Should -Not -BeNullOrEmpty
        $all | Should -BeOfType ImgurPS.Models.ImgurNotification
        $all.Kind | Should -Not -Contain 'Unknown'
        $new.Viewed | Should -Not -Contain $true
        $requests = @(Get-EmulatorRequest)
        $requests[0].query | Should -Not -Match 'new='
        $requests[1].query | Should -Match 'new=false'
    }

    It 'gets notifications by id, the same in XML' {
        $first = Get-ImgurNotification -IncludeViewed | Select-Object -First 1
        $one = $first | Get-ImgurNotification
        $one.Id | Should -Be $first.Id
        (Get-ImgurNotification $first.Id -Format Xml | ConvertTo-Comparable) | Should -Be ($one | ConvertTo-Comparable)
    }

    It 'Get-ImgurNotification | Set-ImgurNotification -Viewed marks them all in one request' {
        $new = Get-ImgurNotification
        $new.Count | Should -BeGreaterThan 1
        Clear-EmulatorRequest

        $marked = $new | Set-ImgurNotification -Viewed -PassThru -Confirm:$false

        $request = Get-EmulatorRequest
        $request | Should -HaveCount 1
        $request.path | Should -Be '/3/notification.json'
        $marked.Viewed | Should -Not -Contain $false
        Get-ImgurNotification | Should -BeNullOrEmpty
    }

    It 'marks a single notification through its own route' {
        $first = Get-ImgurNotification | Select-Object -First 1
        Clear-EmulatorRequest
        Set-ImgurNotification -NotificationId $first.Id -Viewed -Confirm:$false
        (Get-EmulatorRequest).path | Should -Be "/3/notification/$($first.Id).json"
    }

    It 'reads reply notifications through the account route' {
        $replies = Get-ImgurNotification -AccountReplies -IncludeViewed
        $replies.Kind | Sort-Object -Unique | Should -Be 'Reply'
        (Get-EmulatorRequest).path | Should -Be '/3/account/me/notifications/replies.json'
    }

    It 'reads reply notifications that come as the replies-and-messages object' {
        $plain = Get-ImgurNotification -AccountReplies -IncludeViewed
        Add-EmulatorFault -Path '^/3/account/me/notifications/replies' -Kind notification-lists

        $grouped = Get-ImgurNotification -AccountReplies -IncludeViewed

        $plain | Should -Not -BeNullOrEmpty
        ($grouped | ConvertTo-Comparable) | Should -Be ($plain | ConvertTo-Comparable)
    }

    It 'reports an unknown notification as ObjectNotFound' {
        $null = Get-ImgurNotification -NotificationId 1 -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'sends nothing with -WhatIf, and refuses -Viewed:$false' {
        Set-ImgurNotification -NotificationId 1, 2 -Viewed -WhatIf
        { Set-ImgurNotification -NotificationId 1 -Viewed:$false -ErrorAction Stop } | Should -Throw -ErrorId 'NotificationViewedOnly*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'needs a signed-in user, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Get-ImgurNotification -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}
