BeforeAll {
    Import-Module (Join-Path $env:IMGURPS_MODULE_PATH 'ImgurPS.psd1') -Force
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'Get-ImgurAccount' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $credential = Get-EmulatorCredential
        Clear-EmulatorRequest
    }

    It 'gets the signed-in user by default (GET /3/account/{username})' {
        $account = Get-ImgurAccount

        $account | Should -BeOfType ImgurPS.Models.ImgurAccount
        $account.Username | Should -Be $credential.username
        $account.Id | Should -Be $credential.accountId
        (Get-EmulatorRequest).path | Should -Be '/3/account/me.json'
    }

    It 'gets an account by its numeric id' {
        $account = Get-ImgurAccount -AccountId $credential.accountId

        $account.Username | Should -Be $credential.username
        (Get-EmulatorRequest).query | Should -Match "account_id=$($credential.accountId)"
    }

    It 'gives the same object in the XML form' {
        (Get-ImgurAccount -Username $credential.username -Format Xml | ConvertTo-Comparable) |
            Should -Be (Get-ImgurAccount -Username $credential.username | ConvertTo-Comparable)
    }

    It 'reports an unknown user as ObjectNotFound and goes on with the next' {
        $found = Get-ImgurAccount -Username 'no-such-user-here', $credential.username -ErrorAction SilentlyContinue -ErrorVariable failure

        $found.Username | Should -Be $credential.username
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'no-such-user-here'
    }

    It 'refuses "me" in an anonymous session before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest

        { Get-ImgurAccount -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Get-ImgurAccountGalleryFavorite and Get-ImgurAccountFavorite' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'sends the full path with page, sort and perPage' {
        $null = Get-ImgurAccountGalleryFavorite -Sort oldest -Page 1 -PerPage 5
        $request = Get-EmulatorRequest | Select-Object -Last 1
        $request.path | Should -Be '/3/account/me/gallery_favorites/1/oldest.json'
        $request.query | Should -Match 'perPage=5'
    }

    It 'writes gallery items, the same in XML' {
        $json = Get-ImgurAccountFavorite
        $xml = Get-ImgurAccountFavorite -Format Xml
        $json | Should -Not -BeNullOrEmpty
        $json | ForEach-Object { $_ | Should -BeOfType ImgurPS.Models.IImgurGalleryItem }
        ($xml | ConvertTo-Comparable) | Should -Be ($json | ConvertTo-Comparable)
        (Get-EmulatorRequest)[0].path | Should -Be '/3/account/me/favorites/0/newest.json'
    }

    It 'walks pages with -All until an empty one' {
        $null = Get-ImgurAccountGalleryFavorite -All
        $pages = @(Get-EmulatorRequest)
        $pages.Count | Should -BeGreaterThan 1 -Because '-All reads on after the first page'
        $pages[-1].path | Should -Be "/3/account/me/gallery_favorites/$($pages.Count - 1)/newest.json"
    }

    It 'needs a signed-in user for favorites, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Get-ImgurAccountFavorite -Username someone -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }

    It 'completes the sort orders on Tab' {
        $line = 'Get-ImgurAccountGalleryFavorite -Sort '
        (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Should -Be @('newest', 'oldest')
    }
}

Describe 'Get-ImgurAccountSubmission' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'reads a user''s submissions page by page; Select-Object -First 1 after -All makes one request' {
        $null = Get-ImgurAccountSubmission -All | Select-Object -First 1
        @(Get-EmulatorRequest) | Should -HaveCount 1
        (Get-EmulatorRequest).path | Should -Be '/3/account/me/submissions/0.json'
    }

    It 'gives the same items in XML' {
        (Get-ImgurAccountSubmission -Format Xml | ConvertTo-Comparable) | Should -Be (Get-ImgurAccountSubmission | ConvertTo-Comparable)
    }

    It 'reports an unknown user as ObjectNotFound' {
        $null = Get-ImgurAccountSubmission -Username 'no-such-user-here' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $failure[0].TargetObject | Should -Be 'no-such-user-here'
    }
}

Describe 'Get-ImgurAccountAvatar' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        Clear-EmulatorRequest
    }

    It 'gets the current avatar, the same in XML' {
        $avatar = Get-ImgurAccountAvatar
        $avatar | Should -BeOfType ImgurPS.Models.ImgurAvatar
        (Get-ImgurAccountAvatar -Format Xml | ConvertTo-Comparable) | Should -Be ($avatar | ConvertTo-Comparable)
    }

    It 'lists the available avatars by name' {
        $available = Get-ImgurAccountAvatar -Available
        $available | Should -Not -BeNullOrEmpty
        $available.Name | Should -Not -Contain $null
        (Get-EmulatorRequest).path | Should -Be '/3/account/me/available_avatars.json'
    }

    It 'needs a signed-in user for the current avatar, before sending' {
        $null = Connect-TestImgur
        Clear-EmulatorRequest
        { Get-ImgurAccountAvatar -Username someone -ErrorAction Stop } | Should -Throw -ErrorId 'ImgurUserRequired*'
        Get-EmulatorRequest | Should -BeNullOrEmpty
    }
}

Describe 'Get-ImgurAccountGalleryProfile' {
    BeforeEach {
        Reset-Emulator
        $null = Connect-TestImgur -AsUser
        $credential = Get-EmulatorCredential
        Clear-EmulatorRequest
    }

    It 'gets the profile from gallery_profile, named after the user asked for' {
        $profile = Get-ImgurAccount | Get-ImgurAccountGalleryProfile

        $profile | Should -BeOfType ImgurPS.Models.ImgurGalleryProfile
        $profile.Username | Should -Be $credential.username
        (Get-EmulatorRequest)[-1].path | Should -Be "/3/account/$($credential.username)/gallery_profile.json"
        (Get-ImgurAccountGalleryProfile -Username me).Username | Should -Be $credential.username
    }

    It 'gives the same object in XML' {
        (Get-ImgurAccountGalleryProfile -Format Xml | ConvertTo-Comparable) | Should -Be (Get-ImgurAccountGalleryProfile | ConvertTo-Comparable)
    }

    It 'reports an unknown user as ObjectNotFound' {
        $null = Get-ImgurAccountGalleryProfile -Username 'no-such-user-here' -ErrorAction SilentlyContinue -ErrorVariable failure
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }
}
